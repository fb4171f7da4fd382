import { fc } from '@fast-check/vitest';
import { ipv4, ipv6 } from '../../../patterns/ip-address.js';
import { detectorSuite, mb } from './detector-suite.js';

const octet = fc.integer({ min: 0, max: 255 });

detectorSuite('ipv4 and ipv6', {
  detectors: [ipv4, ipv6],
  masks: [
    ['interface TR1 has address 9.22.22.222, ifidx 1', '9.22.22.222'],
    ['connect 8.8.8.8:53 failed', '8.8.8.8'],
    ['IP: 192.168.1.1.', '192.168.1.1'],
    ['my ip: ::1', '::1'],
    ['client 10.0.12.7 denied', '10.0.12.7'],
    ['10.42.222.11 - - [03/Oct/2024:16:34:46 +0000] "GET / HTTP/1.1" 200', '10.42.222.11'],
    ['my ip: 1234:ABCD:23AF:1111:2222:3333::!', '1234:ABCD:23AF:1111:2222:3333::'],
    ['peer [2600:1f18:abcd::12]:443 reset', '2600:1f18:abcd::12'],
    ['via ::ffff:8.8.4.4', '8.8.4.4'],
    // Documentation ranges are sample values: masked like other samples (fail closed).
    ['docs 192.0.2.10 and more', '192.0.2.10'],
    ['Visit http://[2001:db8::1]/path', '2001:db8::1'],
    ['text::ffff:192.0.2.1', '192.0.2.1'],
    // Link-local IPv6 interface ids are often derived from the device's MAC address.
    ['gateway fe80::1%eth0', 'fe80::1'],
  ],
  keeps: [
    'pod 10.0.12.7 ready',
    'listening on 127.0.0.1:8080',
    'bind 0.0.0.0',
    'std::vector<int>',
    'MyClass::toString',
    'arn:aws:iam::123456789012:role/x',
    'SHA256 fingerprint: 9F:86:D0:81:88:4C:7D:65:9A:2F:EA:A0',
    '1.3.6.1.4.1.311',
    '2.16.840.1.113883.19.5',
    'version=4.17.21.0',
    'Chrome/122.0.6261.94',
    'v1.2.3',
    'took 00:00:01.234',
    'Time 12:34:56',
    '123:abc',
    'text192.168.1.1',
    '256.256.256.256',
    'my ip: 192.168.0',
    '2001::db8::1',
    '2001:db8::256.1.1.1',
    'aa:bb:cc:dd:ee:ff',
  ],
  valid: fc
    .tuple(fc.integer({ min: 1, max: 9 }), octet, octet, octet)
    .map(([a, b, c, d]) => `${a}.${b}.${c}.${d}`)
    .map((ip) => ({ text: `client ${ip}`, secret: ip })),
  adversarial: [mb('1.'), mb('1.1.1.1.'), mb('a:'), mb('::'), mb('ff:'), mb('1:2:3:4:5:6:7:8:'), mb('std::')],
});
