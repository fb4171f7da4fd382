import { fc } from '@fast-check/vitest';
import { phone, phoneInternational, phoneLabelled, phoneNear } from '../../../patterns/phone.js';
import { detectorSuite, digits, mb } from './detector-suite.js';

const nanp = fc
  .tuple(fc.integer({ min: 2, max: 9 }), fc.integer({ min: 0, max: 8 }), digits(1), fc.integer({ min: 2, max: 9 }), digits(2), digits(4))
  .map(([a, b, c, x, y, line]) => ({ area: `${a}${b}${c}`, exchange: `${x}${y}`, line }));

detectorSuite('phone', {
  detectors: [phone, phoneInternational, phoneLabelled, phoneNear],
  masks: [
    ['call (555) 929-9025 today', '929-9025'],
    ['cell 555-929-9025', '555-929-9025'],
    ['555.929.9025', '555.929.9025'],
    ['home 555 929 9025', '555 929 9025'],
    ['+1 415 555 0132', '415 555 0132'],
    ['1-555-929-9025', '555-929-9025'],
    ['E.164 +15559299025', '5559299025'],
    ['office 617-555-0123 x204', '0123 x204'],
    ['office 617-555-0123 ext. 204', '204'],
    ['tel:+1-617-555-0123', '617-555-0123'],
    ['?phone=(555)%20929-9025&x=1', '929-9025'],
    ['?phone=%2B12921839729', '2921839729'],
    ['HL7 XTN (221)4287114^PRN^PH', '4287114'],
    ['fictional line (617) 555-0100', '555-0100'],
    ['+44 20 7946 0958', '7946 0958'],
    ['my phone: (+44) (555)123-1234.', '(555)123-1234'],
    ['my phone: 5551231234.', '5551231234'],
    ['Queued SMS to 5553294728 for Joie', '5553294728'],
    ['\\nFax: 001-253-366-9781\\n', '253-366-9781'],
    ['Can someone call me on 01.84.17.61.18?', '84.17.61.18'],
    ["INSERT INTO patients (name, phone, city) VALUES ('Ann', '2271559455', 'X')", '2271559455'],
  ],
  keeps: [
    'ts=1709460930',
    '1709460930123',
    'listening on port 8080',
    'server at 192.168.1.1',
    '123-456-7890',
    'area code 295-555-1234 is reserved',
    'order 20240303123',
    'timezone +05:30 and -0500',
    'build 2024-03-03',
    'retry 3 of 5 after 1500 ms',
    'f47ac10b-58cc-4372-a567-0e02b2c3d479',
    'ISBN 978-3-16-148410-0',
    'NDC 0002-3227-30',
  ],
  valid: nanp.chain(({ area, exchange, line }) =>
    fc.constantFrom(
      { text: `(${area}) ${exchange}-${line}`, secret: `${exchange}-${line}` },
      { text: `${area}-${exchange}-${line}`, secret: `${area}-${exchange}-${line}` },
      { text: `${area}.${exchange}.${line}`, secret: `${area}.${exchange}.${line}` },
      { text: `+1${area}${exchange}${line}`, secret: `${area}${exchange}${line}` },
      { text: `phone: ${area}${exchange}${line}`, secret: `${area}${exchange}${line}` },
    ),
  ),
  adversarial: [mb('5'), mb('555-'), mb('(555) '), mb('+1 '), mb('phone 1'), mb('%20'), mb('555.929.')],
});
