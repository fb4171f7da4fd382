import { defineDetector } from '../src/detector.js';
import { cueBefore, isolated, validDay } from '../src/validate.js';

const month = String.raw`(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)`;
const monthUpper = String.raw`(?:JAN|FEB|MAR|APR|MAY|JUNE?|JULY?|AUG|SEPT?|OCT|NOV|DEC)`;
const year4 = String.raw`(?:1[89]|20)\d{2}`;
const mm = String.raw`(?:0?[1-9]|1[0-2])`;
const dd = String.raw`(?:0?[1-9]|[12]\d|3[01])`;
const time = String.raw`(?:[T ](?:[01]\d|2[0-3]):[0-5]\d(?::[0-5]\d(?:[.,]\d{1,9})?)?(?:Z|[+-](?:[01]\d|2[0-3]):?[0-5]\d)?)?`;

/** One alternative per written form; RE2 tries them left to right at each position. */
const forms = [
  // ISO date and date-time: 1980-01-01, 2024-03-03T10:15:30.123+05:30, 2024-03-03 10:15
  String.raw`\b${year4}-(?:0[1-9]|1[0-2])-(?:0[1-9]|[12]\d|3[01])${time}`,
  // Unpadded ISO-style: 1984-3-7 (people type it; versions never start with a year)
  String.raw`\b${year4}-${mm}-${dd}\b`,
  // Year first with slashes: 2024/03/03
  String.raw`\b${year4}/${mm}/${dd}\b`,
  // US and European numeric with a four-digit year: 3/3/1980, 03-03-1980, 03.03.1980
  String.raw`\b${dd}/${dd}/${year4}\b`,
  String.raw`\b${dd}-${dd}-${year4}\b`,
  String.raw`\b${dd}\.${dd}\.${year4}\b`,
  // Two-digit years only in the full 03/03/80 shape
  String.raw`\b(?:0[1-9]|1[0-2])/(?:0[1-9]|[12]\d|3[01])/\d{2}\b`,
  // Percent-encoded slashes: 02%2F20%2F1987
  String.raw`\b${dd}%2[Ff]${dd}%2[Ff]${year4}\b`,
  // Month names: Mar 3, 2024 / March 3rd 2024 / Sunday, March 3, 2024
  String.raw`\b${month}\.?[ \t]+${dd}(?:st|nd|rd|th)?,?[ \t]+${year4}\b`,
  // 3 March 2024, 3rd of March 2024, 03-Mar-2024, 24-Sept 1932, 03-MAR-24
  String.raw`\b${dd}(?:st|nd|rd|th)?(?:[ \t]+(?:of[ \t]+)?|-)(?:${month}|${monthUpper})\.?(?:[ \t]+|-|,[ \t]*)(?:${year4}|\d{2})\b`,
  // Month and year: March 2024, Mar-2024
  String.raw`\b${month}\.?(?:[ \t]+|-)${year4}\b`,
  // HL7 DT/DTM: 19630306, 20210607052900+0000 (structure or a cue must say it is a date)
  String.raw`\b${year4}(?:0[1-9]|1[0-2])(?:0[1-9]|[12]\d|3[01])(?:(?:[01]\d|2[0-3])(?:[0-5]\d(?:[0-5]\d(?:\.\d{1,4})?)?)?)?(?:[+-]\d{4})?\b`,
].join('|');

const compactCues = ['dob', 'born', 'birth', 'dos', 'admit', 'discharg', 'died', 'death', 'deceased', 'date', 'visit', 'seen', 'collected', 'appt', 'appointment'];

/**
 * Dates in every written form logs use: ISO dates and date-times, US and European numeric
 * (four-digit year; two-digit years only as `03/03/80`), percent-encoded slashes, month names
 * (`Mar 3, 2024`, `3 March 2024`, `24-Sept 1932`, `03-MAR-24`, `March 2024`), and HL7
 * `YYYYMMDD[HHMM[SS]]` when an HL7 separator (`|`, `^`) or a date cue (`DOB`, `born`, `admit`)
 * shows it is a date. `confirm` checks the calendar (no 2024-02-30) and the neighbours.
 * Envelope timestamps (`time`, `@timestamp`) are kept by the walker, not here.
 * Misses: dates without a year (`March 3`), two-digit-year forms other than `03/03/80`,
 * dates spelled in other languages, epoch numbers (tag the field instead).
 */
export const date = defineDetector({
  id: 'date',
  kind: 'date',
  source: forms,
  needs: ['digit'],
  confirm: (text, start, end) => isolated(text, start, end) && plausible(text, start, end),
});

function plausible(text: string, start: number, end: number): boolean {
  const value = text.slice(start, end);
  if (/^\d{8}/.test(value)) {
    const before = start > 0 ? text[start - 1] : '';
    const structured = before === '|' || before === '^' || before === '~';
    if (!structured && !cueBefore(text, start, compactCues, 24)) return false;
    return validDay(Number(value.slice(0, 4)), Number(value.slice(4, 6)), Number(value.slice(6, 8)));
  }
  const iso = /^(\d{4})[-/](\d{1,2})[-/](\d{1,2})/.exec(value);
  if (iso) return validDay(Number(iso[1]), Number(iso[2]), Number(iso[3]));
  const numeric = /^(\d{1,2})(?:[/.-]|%2[Ff])(\d{1,2})(?:[/.-]|%2[Ff])(\d{2,4})$/.exec(value);
  if (numeric) {
    const a = Number(numeric[1]);
    const b = Number(numeric[2]);
    const y = numeric[3]!.length === 2 ? 2000 : Number(numeric[3]);
    // Either reading (month/day or day/month) must be a real day.
    return validDay(y, a, b) || validDay(y, b, a);
  }
  return true;
}
