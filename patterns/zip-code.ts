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
const title = String.raw`[A-Z\x{C0}-\x{DE}\x{100}-\x{17F}][A-Za-z\x{C0}-\x{24F}'.-]*`;
const streetWords = ['street', 'st', 'avenue', 'ave', 'road', 'rd', 'lane', 'ln', 'drive', 'dr', 'boulevard', 'blvd', 'court', 'ct', 'way', 'place', 'pl', 'terrace', 'circle', 'trail', 'parkway', 'highway', 'square'].join('|');
/** A street line in a block: number, then a street name and a number, or a U.S. street. Run on one line of at most 120 characters. */
const streetLine = new RegExp(String.raw`(?:^|[ \t>?*:])(?:\d{1,6}[ \t]+)?\d{1,6}[A-Za-z]?[ \t]+(?:[a-z]{1,3}\.[ \t]*)?[A-Z\u00C0-\u00DE\u0100-\u017F][^\n]*?(?:[ \t]\d{1,5}[A-Za-z]?|[ \t](?:${streetWords.replace(/\w+/g, (w) => `[${w[0]}${w[0]!.toUpperCase()}]${w.slice(1)}`)})\.?)(?:[^A-Za-z0-9]|$)`);
/** Lines a street line may be above the postcode line, and the longest line looked at. */
const blockLines = 5;
const longestLine = 120;

/**
 * Postcodes that close a multi-line address block in free text (pasted letters, chat messages,
 * form fields): a street line (`583 Magrethevej 298`, `31401 ul. Słowicza 10 Apt. 360`,
 * `3378 217 Lovers Lane`), up to four more lines (unit, city, `nan`), then a line holding only
 * Titlecase words and a 4-5 digit or `NN-NNN` code (`Greenlander 07609`, `New Zealand 15896`,
 * `7188`, `53-320`). Lines may be broken by real or escaped (`\n`) newlines. The code is masked.
 * Left alone: numbers ending lines that follow no street line (`Processed 25 records`,
 * `port\n8080`), and codes followed by more text on their line.
 * Misses: postcodes written before the city (`75008 Paris`) and blocks on one line.
 */
export const postcodeBlock = defineDetector({
  id: 'postcode-block',
  kind: 'zip',
  source: String.raw`${br}${lead}(?:${title}[ \t]+){0,3}(\d{4,5}|\d{2}-\d{3})[ \t]*(?:$|\r|\n|\\[rn"]|["'])`,
  group: 1,
  needs: ['digit', 'upper'],
  confirm: (text, start, end) => isolated(text, start, end) && streetAbove(text, start),
});

/**
 * True when one of the `blockLines` lines above the one holding `start` is a street line. Lines
 * are split on real and escaped (`\n`) breaks; at most `blockLines * longestLine` characters are
 * looked at, so each candidate costs a bounded amount.
 */
function streetAbove(text: string, start: number): boolean {
  let lineEnd = lineStartBefore(text, start);
  for (let k = 0; k < blockLines && lineEnd > 0; k++) {
    const brk = breakBefore(text, lineEnd);
    const from = lineStartBefore(text, brk.start);
    if (brk.start - from <= longestLine && streetLine.test(text.slice(from, brk.start))) return true;
    if (brk.start - from > longestLine) return false;
    lineEnd = from;
  }
  return false;
}

/** Start of the line holding `at`: just after the closest real or escaped break before it. */
function lineStartBefore(text: string, at: number): number {
  const floor = Math.max(0, at - longestLine - 1);
  for (let i = at - 1; i >= floor; i--) {
    const c = text.charCodeAt(i);
    if (c === 10 || c === 13) return i + 1;
    if (c === 110 /* n */ || c === 114 /* r */) {
      if (i > 0 && text.charCodeAt(i - 1) === 92 /* \ */) return i + 1;
    }
  }
  return floor === 0 ? 0 : floor - 1; // a line too long to be an address line
}

/** The break that ends the line before the line starting at `lineStart`. */
function breakBefore(text: string, lineStart: number): { start: number } {
  let i = lineStart;
  // Step back over one break: `\n`, `\r\n`, or an escaped `\n` / `\r\n`.
  if (i > 0 && text.charCodeAt(i - 1) === 10) i--;
  else if (i > 1 && text.charCodeAt(i - 2) === 92) i -= 2;
  if (i > 0 && text.charCodeAt(i - 1) === 13) i--;
  else if (i > 1 && text.charCodeAt(i - 1) === 114 && text.charCodeAt(i - 2) === 92) i -= 2;
  return { start: i };
}
