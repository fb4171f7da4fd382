import { defineDetector } from '../src/detector.js';
import { cueBefore, isolated } from '../src/validate.js';

const state = String.raw`(?:A[AEKLPRSZ]|C[AOT]|D[CE]|FL|G[AU]|HI|I[ADLN]|K[SY]|LA|M[ADEINOPST]|N[CDEHJMVY]|O[HKR]|P[AR]|RI|S[CD]|T[NX]|UT|V[AIT]|W[AIVY])`;
const city = String.raw`[A-Z][A-Za-z'.-]+(?:[ \t][A-Z][A-Za-z'.-]+){0,3}`;

/** What may come before a ZIP; the ZIP itself is the one capture group. */
const before = [
  // After a city and a comma, or after a comma: "Boston, MA 02139", ", PA 43093", "Boston MA, 02139"
  String.raw`(?:\b${city},[ \t]*|,[ \t]*)${state}\.?,?[ \t]+`,
  // After a cue: zip=86653, ZIP code: 02139, postal code 02139-4307, postcode 02139
  String.raw`(?i:\b(?:zip(?:[ _-]?code)?|postal(?:[ _-]?code)?|postcode|zip4))[ \t]*(?:is|was)?[ \t]*[:#=]?[ \t]*["']?`,
  // A quoted SQL or CSV literal; `confirm` then wants a zip/postal column name before it.
  `'`,
].join('|');

const forms = String.raw`(?:${before})(\d{5}(?:-\d{4})?)\b`;

/**
 * U.S. ZIP and ZIP+4 codes where the text says they are ZIP codes: after a state code that follows a
 * city and a comma (`Boston, MA 02139`) or a comma (`34262 Bartoletti Wells, East Hilton, PA 43093`),
 * after a `zip`/`postal code` cue (`zip=86653`, `postal code: 02139-4307`), and as a quoted SQL
 * literal when a zip or postal column is named up to 200 characters before (`INSERT ... postal_code)
 * VALUES (..., '81407')`). The state stays,
 * the code is masked whole (Safe Harbor allows keeping three digits; whole is simpler and safe).
 * Left alone: five-digit numbers with no such context: `status OK 20000`, ports, CPT codes
 * (`CPT 99214`), counts. Misses: ZIPs after a spelled-out state name, ZIPs in HL7 XAD (handled by
 * the HL7 preset) and lone ZIPs in prose.
 */
export const zipCode = defineDetector({
  id: 'zip-code',
  kind: 'zip',
  source: forms,
  group: 1,
  needs: ['digit'],
  confirm: (text, start, end) => {
    if (!isolated(text, start, end)) return false;
    if (text[start - 1] !== "'" || text[end] !== "'") return true;
    // A bare quoted literal (`VALUES (..., '81407')`) counts only when a zip column is named before it.
    return cueBefore(text, start, ['zip', 'zipcode', 'zip_code', 'postal', 'postal_code', 'postcode'], 200);
  },
});
