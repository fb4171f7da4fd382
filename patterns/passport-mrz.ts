import { defineDetector } from '../src/detector.js';

/**
 * Line 2 of an ICAO 9303 TD3 machine-readable zone (passports, PHI-IDENTIFIERS §9): 44 characters
 * holding the document number, nationality, birth date, sex and expiry, each with a check digit
 * (weights 7-3-1, letters A=10..Z=35, `<` = 0). The whole line is masked when the document number,
 * birth date and expiry checks pass. Misses: TD1/TD2 cards, lines broken by OCR errors.
 */
export const passportMrz = defineDetector({
  id: 'passport-mrz',
  kind: 'passport',
  source: String.raw`\b[A-Z0-9<]{9}\d[A-Z<]{3}\d{6}\d[MFX<]\d{6}\d[A-Z0-9<]{14}[0-9<]\d`,
  needs: ['digit', 'upper'],
  confirm: (text, start) => {
    const line = text.slice(start, start + 44);
    return check(line.slice(0, 9), line[9]!) && check(line.slice(13, 19), line[19]!) && check(line.slice(21, 27), line[27]!);
  },
});

/** ICAO check digit of `field` compared with `digit`. */
export function check(field: string, digit: string): boolean {
  const weights = [7, 3, 1];
  let sum = 0;
  for (let i = 0; i < field.length; i++) {
    const c = field.charCodeAt(i);
    const v = c === 60 ? 0 : c >= 65 ? c - 55 : c - 48;
    sum += v * weights[i % 3]!;
  }
  return sum % 10 === Number(digit);
}
