import { defineDetector } from '../src/detector.js';

const age = String.raw`(?:9\d|1[0-1]\d)`;
const years = String.raw`(?:y/?o|y\.o\.|yrs?(?:[ -]old)?|years?[ -]old|-?year-old)`;

/**
 * Ages over 89 (Safe Harbor item C): `93 y/o`, `93 yo`, `93-year-old`, `93 years old`,
 * `93 yrs`, `age 93`, `Age: 93`, `aged 101` (90-119). Younger ages are kept (`age 89`, `45 yo`),
 * and words that end in `age` do not count (`page 95`, `usage 95`).
 * Misses: ages spelled in words, `93F`/`93 M` clinical shorthand, ages in months or days.
 */
export const ageOver89 = defineDetector({
  id: 'age-over-89',
  kind: 'age',
  source: String.raw`(?i)\b${age}[ -]?${years}\b|\bage[d]?[: \t=]+${age}\b`,
  needs: ['digit', 'letter'],
});
