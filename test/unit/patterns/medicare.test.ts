import { fc } from '@fast-check/vitest';
import { hicn } from '../../../patterns/hicn.js';
import { mbi } from '../../../patterns/mbi.js';
import { detectorSuite, digits, mb } from './detector-suite.js';

const letter = fc.constantFrom(...'ACDEFGHJKMNPQRTUVWXY');
const either = fc.constantFrom(...'ACDEFGHJKMNPQRTUVWXY0123456789');

detectorSuite('mbi and hicn', {
  detectors: [mbi, hicn],
  masks: [
    ['Patient 1EG4-TE5-MK73 and 2AG9-XC4-NN22', '1EG4-TE5-MK73'],
    ['Patient 1EG4-TE5-MK73 and 2AG9-XC4-NN22', '2AG9-XC4-NN22'],
    ['Medicare ID: 3CD5-FG7-HJ89', '3CD5-FG7-HJ89'],
    ['mbi=1EG4TE5MK73', '1EG4TE5MK73'],
    ['HICN 123456789A', '123456789A'],
    ['health insurance claim number: 123-45-6789-B2', '123-45-6789-B2'],
    ['RRB # WCA123456789', 'WCA123456789'],
  ],
  keeps: ['1SG4-TE5-MK73', '1EG4-TE5-MI73', 'AEG4-TE5-MK73', '1EG4TE5MK734', '1EG4-TE5MK73', 'claim 123456789A'],
  valid: fc
    .tuple(fc.integer({ min: 1, max: 9 }), letter, either, digits(1), letter, either, digits(1), letter, letter, digits(2), fc.boolean())
    .map(([c, a1, x1, n1, a2, x2, n2, a3, a4, nn, dashed]) => {
      const value = dashed ? `${c}${a1}${x1}${n1}-${a2}${x2}${n2}-${a3}${a4}${nn}` : `${c}${a1}${x1}${n1}${a2}${x2}${n2}${a3}${a4}${nn}`;
      return { text: value, secret: value };
    }),
  adversarial: [mb('1EG4-'), mb('1EG4TE5MK7'), mb('HICN '), mb('medicare 1')],
});
