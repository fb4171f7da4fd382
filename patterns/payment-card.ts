import { defineDetector } from '../src/detector.js';
import { cueBefore, isolated, luhn } from '../src/validate.js';

const forms = [
  String.raw`\b\d{4}(?: \d{4}){2,3}(?: \d{1,3})?\b`, // 4-4-4-4(-3) spaced
  String.raw`\b\d{4}(?:-\d{4}){2,3}(?:-\d{1,3})?\b`, // 4-4-4-4(-3) dashed
  String.raw`\b3\d{3}[ -]\d{6}[ -]\d{4,5}\b`, // Amex 4-6-5, Diners 4-6-4
  String.raw`\b\d{12,19}\b`, // unseparated
].join('|');

/**
 * Payment card numbers (PAN, PHI-IDENTIFIERS §20.1): 12-19 digits, unseparated or grouped 4-4-4-4,
 * 4-4-4-4-3, 4-6-5 (Amex) or 4-6-4 (Diners) with one separator throughout, passing Luhn and the
 * issuer table (Visa 4; Mastercard 51-55, 2221-2720; Amex 34/37; Discover 6011, 644-649, 65;
 * JCB 35; Diners 300-305, 309, 36, 38-39; UnionPay 62; Maestro 50, 56-69) with its lengths.
 * Test PANs (`4111111111111111`) are masked (fail closed). IIN 1 (UATP) is accepted only after a
 * card cue, because epoch milliseconds and snowflake ids start with 1.
 * Known false positives: Luhn-valid numeric ids of 12-19 digits that start like a card (1 in 10).
 * Misses: numbers split across lines or with mixed separators.
 */
export const paymentCard = defineDetector({
  id: 'payment-card',
  kind: 'card',
  source: forms,
  needs: ['digit'],
  confirm: (text, start, end) => {
    const value = text.slice(start, end);
    if (!sameSeparator(value) || !isolated(text, start, end)) return false;
    const digits = value.replace(/\D/g, '');
    if (!luhn(digits)) return false;
    if (digits.startsWith('1')) return cueBefore(text, start, ['card', 'credit', 'debit', 'pan', 'uatp', 'cc'], 24);
    return issuerLength(digits);
  },
});

function sameSeparator(value: string): boolean {
  const seps = value.replace(/\d/g, '');
  return seps.length === 0 || seps === seps[0]!.repeat(seps.length);
}

/** True when the number's prefix belongs to a card issuer that issues its length. */
export function issuerLength(d: string): boolean {
  const n = d.length;
  const p2 = Number(d.slice(0, 2));
  const p3 = Number(d.slice(0, 3));
  const p4 = Number(d.slice(0, 4));
  if (d[0] === '4') return n === 13 || n === 16 || n === 19;
  if ((p2 >= 51 && p2 <= 55) || (p4 >= 2221 && p4 <= 2720)) return n === 16;
  if (p2 === 34 || p2 === 37) return n === 15;
  if (p4 === 6011 || (p3 >= 644 && p3 <= 649) || p2 === 65) return n >= 16;
  if (p2 === 35) return n >= 15;
  if ((p3 >= 300 && p3 <= 305) || p3 === 309 || p2 === 36 || p2 === 38 || p2 === 39) return n >= 14;
  if (p2 === 62) return n >= 16;
  if (p2 === 50 || (p2 >= 56 && p2 <= 69)) return n >= 12;
  return false;
}
