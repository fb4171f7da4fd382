import { fc } from '@fast-check/vitest';
import { macAddress } from '../../../patterns/mac-address.js';
import { detectorSuite, mb } from './detector-suite.js';

const hex2 = fc.integer({ min: 0, max: 255 }).map((n) => n.toString(16).padStart(2, '0'));

detectorSuite('macAddress', {
  detectors: [macAddress],
  masks: [
    ['MAC: 01-23-45-67-89-AB', '01-23-45-67-89-AB'],
    ['ether 4a:00:04:10:9b:50', '4a:00:04:10:9b:50'],
    ['cisco 0123.4567.89ab up', '0123.4567.89ab'],
  ],
  keeps: [
    'Not a MAC: 00:1A:2B:3C:4D',
    'Invalid: 00:00:00:00:00:00',
    'broadcast FF:FF:FF:FF:FF:FF',
    '2001:db8:aa:bb:cc:dd:ee:ff',
    'SHA256 fingerprint: 9F:86:D0:81:88:4C:7D:65:9A',
    'f47ac10b-58cc-4372-a567-0e02b2c3d479',
  ],
  valid: fc
    .array(hex2, { minLength: 6, maxLength: 6 })
    .filter((g) => g.join('') !== '000000000000' && g.join('') !== 'ffffffffffff')
    .map((g) => ({ text: `mac ${g.join(':')}`, secret: g.join(':') })),
  adversarial: [mb('ab:'), mb('ab-'), mb('abcd.'), mb('00:11:22:33:44:55:')],
});
