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

/** A line break: real, or written out inside a JSON-escaped string (`\n`). */
const br = String.raw`(?:\r?\n|\\r\\n|\\n)`;
/** What may start a line of a pasted block: indentation, quote marks, bullets, `???`. */
const lead = String.raw`[ \t>?*-]{0,8}`;
const title = String.raw`\p{Lu}[\p{L}'.-]*`;
/** The street line that opens a block: number, then a street name and a number, or a U.S. street. */
const streetLine = String.raw`(?:\d{1,6}[ \t]+)?\d{1,6}[A-Za-z]?[ \t]+(?:[a-z]{1,3}\.[ \t]*)?${title}[^\n\\]{0,60}?(?:[ \t]\d{1,5}[A-Za-z]?|[ \t](?i:${['street', 'st', 'avenue', 'ave', 'road', 'rd', 'lane', 'ln', 'drive', 'dr', 'boulevard', 'blvd', 'court', 'ct', 'way', 'place', 'pl', 'terrace', 'circle', 'trail', 'parkway', 'highway', 'square'].join('|')})\.?)\b[^\n\\]{0,40}`;

/**
 * Postcodes that close a multi-line address block in free text (pasted letters, chat messages,
 * form fields): a street line (`583 Magrethevej 298`, `31401 ul. Słowicza 10 Apt. 360`,
 * `3378 217 Lovers Lane`), up to four short lines (unit, city, `nan`), then a line holding only
 * Titlecase words and a 4-5 digit or `NN-NNN` code (`Greenlander 07609`, `New Zealand 15896`,
 * `7188`, `53-320`). Lines may be broken by real or escaped (`\n`) newlines. The code is masked.
 * Left alone: numbers ending lines that follow no street line (`Processed 25 records`,
 * `port\n8080`), and codes followed by more text on their line.
 * Misses: postcodes written before the city (`75008 Paris`) and blocks on one line.
 */
export const postcodeBlock = defineDetector({
  id: 'postcode-block',
  kind: 'zip',
  source: String.raw`${streetLine}(?:${br}${lead}[^\n\\]{0,60}){0,4}${br}${lead}(?:${title}[ \t]+){0,3}(\d{4,5}|\d{2}-\d{3})[ \t]*(?:$|\r|\n|\\[rn"]|["'])`,
  group: 1,
  needs: ['digit', 'upper'],
  confirm: (text, start, end) => isolated(text, start, end) && endsLine(text, end),
});

/** True when only spaces, then a line break, a closing quote or the end of text follow `end`. */
function endsLine(text: string, end: number): boolean {
  let i = end;
  while (i < text.length && (text[i] === ' ' || text[i] === '\t')) i++;
  if (i >= text.length) return true;
  const c = text[i];
  return c === '\n' || c === '\r' || c === '"' || c === "'" || (c === '\\' && (text[i + 1] === 'n' || text[i + 1] === 'r' || text[i + 1] === '"'));
}
