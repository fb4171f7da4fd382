import { defineDetector } from '../src/detector.js';
import { cueBefore, isolated } from '../src/validate.js';

const month = String.raw`(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)`;
const day = String.raw`(?:0?[1-9]|[12]\d|3[01])`;

/** Words that say the next month and day are a date of the person's (within 24 characters). */
const cues = [
  'today', 'tomorrow', 'yesterday', 'date', 'dob', 'born', 'birthday', 'birth', 'on', 'since', 'until',
  'appt', 'appointment', 'visit', 'admitted', 'admission', 'discharged', 'discharge', 'seen', 'scheduled',
  'due', 'died', 'deceased', 'surgery', 'procedure',
];

/**
 * Month and day without a year, which are still date elements (Safe Harbor item C): `May-21`,
 * `March 3rd`, `Mar. 3`, `05/21`, next to a date cue (`Today is May-21`, `DOB 3/3` needs the
 * zero-padded `03/03`, `appt on 05/21`). Without a cue they are left alone, so `May 5 retries`,
 * `3/4 replicas` and `5/10 retries` survive (§26 rows 43, 58). Numeric forms must be two digits
 * each (`05/21`). Misses: month-day dates with no cue nearby; day-first `21/05` beyond the 12th.
 */
export const dateNoYear = defineDetector({
  id: 'date-no-year',
  kind: 'date',
  source: String.raw`\b${month}\.?(?:-|[ \t]+)${day}(?:st|nd|rd|th)?\b|\b(?:0[1-9]|1[0-2])/(?:0[1-9]|[12]\d|3[01])\b`,
  needs: ['digit'],
  confirm: (text, start, end) => isolated(text, start, end) && cueBefore(text, start, cues, 24),
});
