import { defineDetector } from '../src/detector.js';
import { isolated } from '../src/validate.js';

/**
 * DEA registration numbers (PHI-IDENTIFIERS §10.2): a registrant-type letter (A-H, J-M, P, R-U, X),
 * the registrant's surname initial or `9`, and seven digits whose last is the check digit
 * ((d1 + d3 + d5) + 2 x (d2 + d4 + d6)) mod 10; an optional `-` suffix of a supervised prescriber
 * (`F91234563-001AB`) is masked with it. Provider identifiers have their own kind (`dea`);
 * masked by default. Known false positives: 1 in 10 tokens of this exact shape (two letters and
 * seven digits). Misses: lower-case numbers.
 */
export const dea = defineDetector({
  id: 'dea',
  kind: 'dea',
  source: String.raw`\b[ABCDEFGHJKLMPRSTUX][A-Z9]\d{7}(?:-[0-9A-Z]{1,8})?\b`,
  needs: ['digit', 'upper'],
  confirm: (text, start, end) => isolated(text, start, end) && validDea(text.slice(start + 2, start + 9)),
});

/** The DEA check over the seven digits. */
export function validDea(d: string): boolean {
  const n = (i: number): number => d.charCodeAt(i) - 48;
  const sum = n(0) + n(2) + n(4) + 2 * (n(1) + n(3) + n(5));
  return sum % 10 === n(6);
}
