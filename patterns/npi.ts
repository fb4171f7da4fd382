import { defineDetector } from '../src/detector.js';
import { cueBefore, isolated, luhn } from '../src/validate.js';

const providerCues = ['npi', 'national provider', 'provider', 'prescriber', 'rendering', 'billing', 'attending', 'referring', 'ordering', 'physician', 'practitioner', 'us-npi'];

/**
 * National Provider Identifiers (PHI-IDENTIFIERS §10.1): ten digits starting with 1 or 2, bare or
 * grouped 4-3-3 (`1234-567-893`), whose last digit is the Luhn check digit computed with the
 * `80840` prefix. Provider identifiers have their own kind (`npi`) so a policy can keep them;
 * by default they are masked.
 * Epoch seconds are ten digits starting with 1 and one in ten passes the check, so a bare value in
 * the range of recent epoch seconds (1.4e9-2.1e9, years 2014-2036) needs a provider cue (`NPI`,
 * `provider`, `prescriber`, `attending`, ...) within 40 characters; others are masked on the
 * checksum alone. Misses: NPIs in that range with no cue (tag the field instead).
 */
export const npi = defineDetector({
  id: 'npi',
  kind: 'npi',
  source: String.raw`\b[12]\d{9}\b|\b[12]\d{3}-\d{3}-\d{3}\b`,
  needs: ['digit'],
  confirm: (text, start, end) => {
    if (!isolated(text, start, end)) return false;
    const value = text.slice(start, end);
    const digits = value.replace(/-/g, '');
    if (!luhn('80840' + digits)) return false;
    if (value.length !== 10) return true;
    const n = Number(digits);
    return n < 1_400_000_000 || n >= 2_100_000_000 || cueBefore(text, start, providerCues, 40);
  },
});
