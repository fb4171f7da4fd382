import { fc } from '@fast-check/vitest';
import { clinicalId } from '../../../patterns/labelled-id.js';
import { mrnLetters, mrnNotValues } from '../../../patterns/mrn.js';
import { detectorSuite, mb } from './detector-suite.js';

const hex = (n: number): fc.Arbitrary<string> => fc.stringMatching(new RegExp(`^[0-9a-f]{${n}}$`));
const uuid = fc.tuple(hex(8), hex(4), hex(4), hex(4), hex(12)).map((p) => p.join('-'));
const noun = fc.constantFrom('encounter ', 'patient ', 'subject: ', 'visit/', 'member=', 'merged_into=', 'Encounter ');

detectorSuite('clinicalId', {
  detectors: [clinicalId],
  masks: [
    ['Discharge summary queued: encounter 451d2f06-8dc7-4686-93e3-90d408c47f5f admitted', '451d2f06-8dc7-4686-93e3-90d408c47f5f'],
    ['patient 27de96c6-6910-4f0f-8f10-00ce6090f447 updated', '27de96c6-6910-4f0f-8f10-00ce6090f447'],
    ['zip=86653 merged_into=fvmon2m', 'fvmon2m'],
    ['subject: S-00412 enrolled', 'S-00412'],
    ['visit_id=V99812', 'V99812'],
    ['member 4F7K22Q9 eligibility', '4F7K22Q9'],
  ],
  keeps: [
    'pid=4242',
    'PID 4242',
    'chart: api-0.1.0',
    'MR !1234',
    'order_id=ORD-2024-000123',
    'aws account 123456789012',
    'patient 12 years old',
    'visit 2 of 3',
    'member v1.2.3 joined the cluster',
    'patient record updated',
    'encounter ab12 closed',
  ],
  valid: fc.tuple(noun, uuid).map(([n, u]) => ({ text: n + u, secret: u })),
  adversarial: [mb('encounter '), mb('patient a1'), mb('merged_into=' + '1'.repeat(70) + ' '), mb('visit/')],
});

// Words the detector deliberately keeps after a label (`MRN lookup failed`) are not values.
const word = fc.stringMatching(/^[a-z]{6,12}$/).filter((w) => !mrnNotValues.has(w));

detectorSuite('mrnLetters', {
  detectors: [mrnLetters],
  masks: [
    ['mrn=zodtqtlje status=ok', 'zodtqtlje'],
    ['MRN: shevltf', 'shevltf'],
    ['contact flagged for MRN frvqnow', 'frvqnow'],
    ['ADT^A01 received for MRN bljlec (DOE, JANE) class=inpatient', 'bljlec'],
    ['medical record number: qpzrtv', 'qpzrtv'],
  ],
  keeps: [
    'MRN lookup failed for request',
    'mrn: null',
    'MRN is required',
    'the MRN field is empty',
    'mrn xglzyi was sent',
    'MRN abcdef ghi',
    'MR !1234',
    'chart: api-0.1.0',
  ],
  valid: fc.tuple(fc.constantFrom('mrn=', 'MRN: ', 'MRN#', 'Medical Record No: '), word).map(([l, w]) => ({ text: `${l}${w}`, secret: w })),
  adversarial: [mb('MRN '), mb('mrn=abcd '), mb('MRN: lookup ')],
});
