import { defineDetector } from '../src/detector.js';
import { cueBefore, isolated } from '../src/validate.js';

/** Transliteration of VIN letters (I, O, Q never occur). */
const letterValue: Readonly<Record<string, number>> = {
  A: 1, B: 2, C: 3, D: 4, E: 5, F: 6, G: 7, H: 8, J: 1, K: 2, L: 3, M: 4, N: 5, P: 7, R: 9,
  S: 2, T: 3, U: 4, V: 5, W: 6, X: 7, Y: 8, Z: 9,
};
const weights = [8, 7, 6, 5, 4, 3, 2, 10, 0, 9, 8, 7, 6, 5, 4, 3, 2];

/**
 * Vehicle identification numbers (PHI-IDENTIFIERS §16.1): 17 characters without I, O, Q, at least
 * one letter and one digit, a valid position-9 check digit (49 CFR 565), after a cue (`VIN`,
 * `vehicle`, `chassis`) within 40 characters. One random 17-character token in 11 passes the check,
 * hence the cue; `vin` fields are masked by the key dictionary. Misses: pre-1981 VINs, VINs with
 * no cue, non-North-American VINs whose position 9 is not a check digit.
 */
export const vin = defineDetector({
  id: 'vin',
  kind: 'vin',
  source: String.raw`(?i)\b[A-HJ-NPR-Z0-9]{17}\b`,
  needs: ['digit', 'letter'],
  confirm: (text, start, end) => {
    const v = text.slice(start, end).toUpperCase();
    if (!/[A-Z]/.test(v) || !/\d/.test(v) || !isolated(text, start, end)) return false;
    return validVin(v) && cueBefore(text, start, ['vin', 'vehicle', 'chassis', 'car', 'auto'], 40);
  },
});

/** The position-9 check digit of an upper-case VIN. */
export function validVin(v: string): boolean {
  let sum = 0;
  for (let i = 0; i < 17; i++) {
    const c = v[i]!;
    const value = c >= '0' && c <= '9' ? Number(c) : letterValue[c];
    if (value === undefined) return false;
    sum += value * weights[i]!;
  }
  const r = sum % 11;
  return v[8] === (r === 10 ? 'X' : String(r));
}
