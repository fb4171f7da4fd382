import { defineDetector } from '../src/detector.js';
import { isolated } from '../src/validate.js';

/** MBI letters: A-Z without S, L, O, I, B, Z. */
const a = '[AC-HJKMNP-RT-Y]';
const an = '[AC-HJKMNP-RT-Y0-9]';

/**
 * Medicare Beneficiary Identifiers (CMS format, PHI-IDENTIFIERS §5.1): 11 characters by position
 * C A AN N A AN N A A N N (C = 1-9, A = a letter other than S L O I B Z), optionally shown with
 * dashes after positions 4 and 7 (`1EG4-TE5-MK73`); dashes both present or both absent.
 * Upper case only (CMS prints them so). No checksum exists, so about 1 in 10,000 random upper-case
 * 11-character tokens fit the shape. Misses: lower-case MBIs, MBIs with spaces.
 */
export const mbi = defineDetector({
  id: 'mbi',
  kind: 'mbi',
  source: String.raw`\b[1-9]${a}${an}\d-?${a}${an}\d-?${a}{2}\d{2}\b`,
  needs: ['digit', 'upper'],
  confirm: (text, start, end) => {
    const dashes = end - start - 11;
    return (dashes === 0 || (dashes === 2 && text[start + 4] === '-' && text[start + 8] === '-')) && isolated(text, start, end);
  },
});
