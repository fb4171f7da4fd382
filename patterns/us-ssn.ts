import { defineDetector } from '../src/detector.js';
import { isDigitCode } from '../src/validate.js';

/** Dashes a person may type between SSN groups: hyphen, the Unicode dashes and minus signs. */
const dash = String.raw`\-\x{2010}-\x{2015}\x{2212}\x{FE58}\x{FE63}\x{FF0D}`;

/**
 * U.S. Social Security numbers (and ITINs, which share the shape): nine digits grouped 3-2-4,
 * joined by the same dash (any Unicode dash), space or dot in both places.
 * `confirm` checks the neighbours (no digit or letter glued on, not part of a longer dashed
 * number) and the reserved ranges: area 000 and 666, group 00, serial 0000. Area 9xx is kept
 * on purpose: ITINs and synthetic SSNs start with 9, and rejecting them leaks real numbers.
 * Bare nine digits are matched by `usSsnLabelled` only.
 * Misses: numbers split across lines, spelled out, or with mixed separators (`123-45 6789`).
 */
export const usSsn = defineDetector({
  id: 'us-ssn',
  kind: 'ssn',
  source: String.raw`(?:^|[^0-9])(\d{3}[${dash} .]\d{2}[${dash} .]\d{4})`,
  group: 1,
  needs: ['digit'],
  confirm: (text, start, end) => numberAlone(text, start, end) && validSsn(text.slice(start, end)),
});

/**
 * SSNs next to a cue (`SSN`, `SS#`, `social security`, `soc sec`, `TIN`, `ITIN`, `taxpayer id`):
 * the bare nine-digit form, and forms with odd grouping (`078-051121`). Any nine digits count
 * here, reserved ranges included: a labelled typo is still someone's SSN.
 * Misses: a cue more than a few characters before the number.
 */
export const usSsnLabelled = defineDetector({
  id: 'us-ssn-labelled',
  kind: 'ssn',
  source: String.raw`(?i)\b(?:ssn|ss#|ssn#|social[ _-]?security(?:[ _-]?(?:number|num|no\.?|#))?|soc\.?[ _-]?sec\.?(?:[ _-]?(?:no\.?|#))?|tin|itin|taxpayer[ _-]?id)[ \t]*(?:is|was|=|:|#|-)?[ \t:#="']{0,3}(\d[\d${dash} .]{7,11}\d)`,
  group: 1,
  needs: ['digit'],
  // The label sits right before the number (`SSN123456789`): only the end is checked.
  confirm: (text, start, end) => numberAlone(text, start, end) && countDigits(text, start, end) === 9,
});

/**
 * No digit glued on either side and not part of a longer dashed or dotted number
 * (`1-123-45-6789`, `123-45-6789-0`). Letters and `_` may touch it: `patient_123-45-6789`,
 * `E_PATIENT_123-45-6789` and `report_123-45-6789.pdf` still hold an SSN.
 */
function numberAlone(text: string, start: number, end: number): boolean {
  const b = text.charCodeAt(start - 1);
  if (isDigitCode(b) || (isJoiner(b) && isDigitCode(text.charCodeAt(start - 2)))) return false;
  const a = text.charCodeAt(end);
  return !(isDigitCode(a) || (isJoiner(a) && isDigitCode(text.charCodeAt(end + 1))));
}

function isJoiner(c: number): boolean {
  return c === 45 || c === 46 || c === 47 || c === 58;
}

/** True unless the number is in a range never issued (area 000/666, group 00, serial 0000). */
export function validSsn(value: string): boolean {
  const sep1 = value[3];
  const sep2 = value[6];
  if (sep1 !== sep2) return false;
  const area = value.slice(0, 3);
  const group = value.slice(4, 6);
  const serial = value.slice(7);
  return area !== '000' && area !== '666' && group !== '00' && serial !== '0000';
}

function countDigits(text: string, start: number, end: number): number {
  let n = 0;
  for (let i = start; i < end; i++) {
    const c = text.charCodeAt(i);
    if (c >= 48 && c <= 57) n++;
  }
  return n;
}
