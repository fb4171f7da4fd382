import { defineDetector } from '../src/detector.js';
import { cueBefore, isolated } from '../src/validate.js';

/** A separator between phone digit groups: dash, dot, space, or a percent-encoded space. */
const sep = String.raw`(?:[-. ]|%20)`;
/** An optional extension: `x204`, `ext. 204`, `extension 204`, `#204`, RFC 3966 `;ext=204`. */
const ext = String.raw`(?:[ \t]*(?:x|ext\.?|extension|#)[ \t]*\d{1,6}\b|;ext=\d{1,6}\b)?`;
/** `+1` / `%2B1` / `1-` before a NANP number. */
const plusOne = String.raw`(?:\+|%2[Bb])1${sep}?`;

const nanpForms = [
  // Area code in parentheses: (555) 929-9025, (555)%20929-9025, (221)4287114, +1 (555) 929-9025.
  // The parentheses make the shape distinctive, so the exchange may start with 0 or 1 (test data does).
  String.raw`(?:${plusOne}|\b1${sep}?)?\(${sep}?[2-9]\d{2}${sep}?\)${sep}?\d{3}${sep}?\d{4}\b${ext}`,
  // Separated: 555-929-9025, 555.929.9025, 555 929 9025, 1-555-929-9025, +1 555 929 9025, tel:+1-555-929-9025
  String.raw`(?:${plusOne}|\b1${sep}|\b)[2-9]\d{2}${sep}[2-9]\d{2}${sep}\d{4}\b${ext}`,
  // E.164 without separators: +15559299025, %2B15559299025 (the + says it is a phone number)
  String.raw`${plusOne}[2-9]\d{9}\b${ext}`,
].join('|');

/**
 * North American (NANP) telephone and fax numbers in the written forms logs use:
 * `(555) 929-9025`, `(555)929-9025`, `555-929-9025`, `555.929.9025`, `555 929 9025`,
 * `1-555-929-9025`, `+1 555 929 9025`, `+15559299025`, `tel:+1-555-929-9025`, percent-encoded
 * `(555)%20929-9025` and `%2B15559299025`, each with an optional extension (`x204`, `ext. 204`).
 * Rules: area code and (outside parentheses) exchange start with 2-9; area codes `N9X` (reserved)
 * are rejected; no digit, letter or `-digit` glued on either side. Fictional `555-01xx` numbers are
 * masked anyway (fail closed). Unformatted ten-digit runs are left to `phoneLabelled`, so epoch
 * seconds (which start with 1) and ids survive.
 * Known false positives: any 3-3-4 dashed id whose groups start with 2-9 (`212-555-0100` style part
 * numbers). Misses: numbers split across lines, spelled out, or NANP numbers with an `N9X` area code.
 */
export const phone = defineDetector({
  id: 'phone',
  kind: 'phone',
  source: nanpForms,
  needs: ['digit'],
  confirm: (text, start, end) => isolated(text, start, end) && validNanp(text.slice(start, end)),
});

/**
 * International numbers written with a country code: `+44 20 7946 0958`, `+33 1 84 17 61 18`,
 * `(+44) (555)123-1234`, `%2B442079460958`. The `+` (or `(+cc)`) is required; the number has 8-15
 * digits in all (E.164). Misses: international numbers written without `+` and without a cue
 * (`phoneLabelled` takes those). Known false positives: `+` followed by 8 or more digits that is not
 * a phone number (a diff counter such as `+12345678`).
 */
export const phoneInternational = defineDetector({
  id: 'phone-international',
  kind: 'phone',
  source: String.raw`(?:(?:\+|%2[Bb])[1-9]\d{0,2}|\(\+[1-9]\d{0,2}\))(?:${sep}?\(\d{1,4}\))?(?:${sep}?\d{1,5}){1,5}\b${ext}`,
  needs: ['digit'],
  confirm: (text, start, end) => {
    const n = phoneDigits(text.slice(start, end)).length;
    return n >= 8 && n <= 18 && isolated(text, start, end);
  },
});

const cues = String.raw`phone|telephone|tel|ph|mobile|cell|cellphone|fax|facsimile|call|callback|contact|sms|whatsapp|pager`;

/**
 * Phone numbers in any grouping right after a phone cue (`phone`, `tel`, `mobile`, `cell`, `fax`,
 * `call`, `contact`, `sms`, ...): `phone: 5551231234`, `SMS to 5553294728`, `Fax: 001-253-366-9781`,
 * `Mobile: 432 03 163`, `call me on 01.84.17.61.18`. The number has 7-15 digits; up to 20
 * characters without digits may sit between the cue and the number. A bare ten-digit run starting
 * with 1 (an epoch second) is kept. Known false positives: other numbers of 7+ digits that follow
 * `contact` or `call` closely (`contact ticket 12345678`).
 */
export const phoneLabelled = defineDetector({
  id: 'phone-labelled',
  kind: 'phone',
  source: String.raw`(?i)(?:\b|\\[nrt])(?:${cues})\b[^\d\n]{0,20}?((?:\+|%2[Bb])?\(?\d{1,4}\)?(?:(?:[-. ]|%20)?\(?\d{1,5}\)?){1,6})`,
  group: 1,
  needs: ['digit', 'letter'],
  confirm: (text, start, end) => {
    const value = text.slice(start, end);
    const digits = phoneDigits(value);
    if (digits.length < 7 || digits.length > 15) return false;
    if (/^1\d{9}$/.test(value)) return false; // epoch seconds, not a NANP number
    return isolated(text, start, end);
  },
});

/**
 * Unformatted ten-digit NANP numbers (area code 2-9) when a phone word appears in the 160
 * characters before: the value of a `phone` column in `INSERT ... (phone, ...) VALUES (...,
 * '2271559455')`, CSV rows after their header, `SMS sent ... to 5553294728`. Epoch seconds start
 * with 1 and never match. Known false positives: other ten-digit numbers near a phone word.
 */
export const phoneNear = defineDetector({
  id: 'phone-near',
  kind: 'phone',
  source: String.raw`\b[2-9]\d{9}\b`,
  needs: ['digit', 'letter'],
  confirm: (text, start, end) => isolated(text, start, end) && cueBefore(text, start, nearCues, 160),
});

/**
 * Seven-digit local numbers (`555-0142`, `929.9025`): the 555 exchange is used only for phone
 * numbers (555-01xx is the fictional block, still masked), so `555-xxxx` is taken alone; any
 * other `NXX-XXXX` needs a phone cue in the 40 characters before. Known false positives: a
 * seven-digit dashed id right after a word such as `contact`.
 * Misses: local numbers written without a separator.
 */
export const phoneLocal = defineDetector({
  id: 'phone-local',
  kind: 'phone',
  source: String.raw`\b[2-9]\d{2}[-.]\d{4}\b`,
  needs: ['digit'],
  confirm: (text, start, end) =>
    isolated(text, start, end) && (text.startsWith('555', start) || cueBefore(text, start, phoneCues, 40)),
});

const nearCues = ['phone', 'telephone', 'tel', 'mobile', 'cell', 'fax', 'sms', 'contact', 'callback', 'msisdn'];

/** Fax and phone cues also used by other detectors' tests. */
export const phoneCues: readonly string[] = cues.split('|');

/** The digits of a phone number, percent escapes (`%20`, `%2B`) dropped first. */
export function phoneDigits(value: string): string {
  return value.replace(/%2[0Bb]/g, ' ').replace(/\D/g, '');
}

function validNanp(value: string): boolean {
  let digits = phoneDigits(value.replace(/(?:x|ext\.?|extension|#|;ext=)[ \t]*\d{1,6}$/i, ''));
  if (digits.length === 11 && digits.startsWith('1')) digits = digits.slice(1);
  if (digits.length !== 10) return false;
  // N9X area codes are reserved for expansion; none is in service.
  return digits[1] !== '9';
}

/** True when a phone cue sits in the 30 characters before `start` (used by `zip`, `npi`). */
export function phoneCueBefore(text: string, start: number): boolean {
  return cueBefore(text, start, phoneCues, 30);
}
