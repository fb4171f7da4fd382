/**
 * Small validators detectors use in `confirm`: neighbour checks (RE2 has no lookaround),
 * context cues in a window before a match, and checksums. All run in linear time over a
 * bounded window.
 */

/** True for ASCII letters and digits. */
export function isAlnumCode(c: number): boolean {
  return (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
}

/** True for an ASCII digit. */
export function isDigitCode(c: number): boolean {
  return c >= 48 && c <= 57;
}

/**
 * True when the match `[start, end)` is a whole token: no letter or digit glued on either side,
 * and no `-`, `.`, `/` or `:` followed (or preceded) by a digit, which would make it part of a
 * longer dashed or dotted number (`1-123-45-6789`, `123-45-6789-0`, `1.2.3.4.5`).
 */
export function isolated(text: string, start: number, end: number): boolean {
  if (start > 0) {
    const b = text.charCodeAt(start - 1);
    if (isAlnumCode(b)) return false;
    if (isJoiner(b) && start > 1 && isDigitCode(text.charCodeAt(start - 2))) return false;
  }
  if (end < text.length) {
    const a = text.charCodeAt(end);
    if (isAlnumCode(a)) return false;
    if (isJoiner(a) && end + 1 < text.length && isDigitCode(text.charCodeAt(end + 1))) return false;
  }
  return true;
}

function isJoiner(c: number): boolean {
  return c === 45 /* - */ || c === 46 /* . */ || c === 47 /* / */ || c === 58 /* : */;
}

/**
 * True when one of `cues` (lower-case words) occurs in the `window` characters before `start`.
 * A cue must start at a word boundary, so `pssn` does not count for `ssn`.
 */
export function cueBefore(text: string, start: number, cues: readonly string[], window = 40): boolean {
  const from = Math.max(0, start - window);
  const hay = text.slice(from, start).toLowerCase();
  for (const cue of cues) {
    let at = hay.indexOf(cue);
    while (at !== -1) {
      if (at === 0 ? from === 0 || !isAlnumCode(text.charCodeAt(from - 1)) : !isAlnumCode(hay.charCodeAt(at - 1))) {
        return true;
      }
      at = hay.indexOf(cue, at + 1);
    }
  }
  return false;
}

/** True when one of `cues` occurs in the `window` characters after `end`. */
export function cueAfter(text: string, end: number, cues: readonly string[], window = 24): boolean {
  const hay = text.slice(end, end + window).toLowerCase();
  return cues.some((cue) => hay.includes(cue));
}

/** The digits of `text`, separators dropped. */
export function digitsOf(text: string): string {
  let out = '';
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c >= 48 && c <= 57) out += text[i];
  }
  return out;
}

/** Luhn (mod 10) check over a digit string. */
export function luhn(digits: string): boolean {
  let sum = 0;
  let double = false;
  for (let i = digits.length - 1; i >= 0; i--) {
    let d = digits.charCodeAt(i) - 48;
    if (d < 0 || d > 9) return false;
    if (double) {
      d *= 2;
      if (d > 9) d -= 9;
    }
    sum += d;
    double = !double;
  }
  return digits.length > 0 && sum % 10 === 0;
}

/** True for a real calendar day (leap years included). */
export function validDay(year: number, month: number, day: number): boolean {
  if (month < 1 || month > 12 || day < 1) return false;
  const days = [31, year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0) ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];
  return day <= (days[month - 1] ?? 0);
}
