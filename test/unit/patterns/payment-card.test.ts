import { fc } from '@fast-check/vitest';
import { paymentCard } from '../../../patterns/payment-card.js';
import { detectorSuite, digits, mb, withLuhn } from './detector-suite.js';

detectorSuite('paymentCard', {
  detectors: [paymentCard],
  masks: [
    ['4012888888881881 4012-8888-8888-1881 4012 8888 8888 1881', '4012 8888 8888 1881'],
    ['5555555555554444', '5555555555554444'],
    ['6011000400000000', '6011000400000000'],
    ['4111111111111111', '4111111111111111'],
    ['6011111111111117', '6011111111111117'],
    ['374245455400126', '374245455400126'],
    ['amex 3782 822463 10005', '3782 822463 10005'],
    ['my credit card: 122000000000003', '122000000000003'],
    ['User alice@test.com with used card 4111-1111-1111-1111', '4111-1111-1111-1111'],
    ['maestro 501864667909', '501864667909'],
    ['visa13 4047737215142', '4047737215142'],
  ],
  keeps: [
    'my credit card number is 4012-8888-8888-1882',
    '1234567890123456',
    'harmless 4111111111111112',
    'epoch ms 1709460930123',
    'epoch ns 1709460930123456789',
    '1234 5678 9012 3456 7890',
    '4111-1111 1111-1111',
    'arn:aws:iam::123456789012:role/x',
  ],
  valid: fc
    .tuple(fc.constantFrom('4', '51', '55', '6011', '65', '37'), digits(15))
    .map(([prefix, rest]) => {
      const length = prefix === '37' ? 15 : 16;
      const pan = withLuhn((prefix + rest).slice(0, length - 1));
      return { text: pan, secret: pan };
    }),
  adversarial: [mb('4'), mb('4111 '), mb('4111-'), mb('4111111111111111 1'), mb('3782 822463 ')],
});
