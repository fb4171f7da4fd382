import { fc } from '@fast-check/vitest';
import { zipCode } from '../../../patterns/zip-code.js';
import { detectorSuite, digits, mb } from './detector-suite.js';

detectorSuite('zipCode', {
  detectors: [zipCode],
  masks: [
    ['Boston, MA 02139', '02139'],
    ['34262 Bartoletti Wells, East Hilton, PA 43093', '43093'],
    ['100 Main St, Metropolis, IL 44130-1234', '44130-1234'],
    ['dob=2000-09-23 zip=86653 merged', '86653'],
    ['postal code: 02139-4307', '02139-4307'],
    ["INSERT INTO patients (name, city, postal_code) VALUES ('Ann', 'X', '81407')", '81407'],
  ],
  keeps: ['status OK 20000', 'localhost:5432', 'port=49152', 'CPT 99214', '99213', 'Processed 25000 records', "VALUES ('12345')", 'HTTP/1.1 200'],
  valid: fc.tuple(fc.constantFrom('Springfield, IL ', 'Reno, NV ', 'zip: ', 'ZIP code '), digits(5)).map(([prefix, zip]) => ({ text: prefix + zip, secret: zip })),
  adversarial: [mb('Boston, MA '), mb(', MA 1'), mb("'12345' "), mb('zip=')],
});
