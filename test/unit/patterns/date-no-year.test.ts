import { fc } from '@fast-check/vitest';
import { dateNoYear } from '../../../patterns/date-no-year.js';
import { detectorSuite, mb } from './detector-suite.js';

const months = ['Jan', 'February', 'Mar.', 'April', 'May', 'June', 'Sept', 'Oct', 'December'];

detectorSuite('dateNoYear', {
  detectors: [dateNoYear],
  masks: [
    ['Today is May-21', 'May-21'],
    ['Today is 05/21', '05/21'],
    ['appt on March 3rd at noon', 'March 3rd'],
    ['DOB 03/03', '03/03'],
    ['admitted Dec 24, discharged soon', 'Dec 24'],
  ],
  keeps: ['May 5 retries', '3/4 replicas ready', '5/10 retries', 'ran on 3/4 nodes', 'Processed 05/21 batches', 'March 2 workers', 'v1.05/21'],
  valid: fc
    .tuple(fc.constantFrom('Today is', 'DOB', 'appointment on', 'seen on', 'born'), fc.constantFrom(...months), fc.integer({ min: 1, max: 28 }))
    .map(([cue, m, d]) => ({ text: `${cue} ${m} ${d}`, secret: `${m} ${d}` })),
  adversarial: [mb('on 05/'), mb('Today May-'), mb('date 12/12/')],
});
