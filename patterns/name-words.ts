/**
 * Building blocks and stop words shared by the person-name detectors (`person-name.ts`).
 */

/**
 * Letters of the Latin, Greek and Cyrillic scripts with combining marks. Kept as small ranges,
 * not `\p{L}`: the Unicode classes multiply the size of the combined `RE2.Set` past its limit.
 */
const upper = String.raw`A-Z\x{C0}-\x{D6}\x{D8}-\x{DE}\x{100}-\x{24F}\x{386}-\x{3AB}\x{400}-\x{42F}`;
const letters = String.raw`A-Za-z\x{C0}-\x{D6}\x{D8}-\x{F6}\x{F8}-\x{24F}\x{300}-\x{36F}\x{386}-\x{3CE}\x{400}-\x{4FF}`;

/** An upper-case letter (Latin, Greek, Cyrillic; Latin Extended counts in either case). */
export const upperLetter = `[${upper}]`;

/**
 * One name word: an upper-case letter then letters, with inner apostrophes (`O'Connell`,
 * SQL-doubled `O''Connell`, `D’Angelo`) or hyphens (`Smith-Jones`); it ends on a letter, so a
 * closing quote stays outside.
 */
export const nameWord = String.raw`${upperLetter}(?:[${letters}'’-]*[${letters}])?`;

/** Up to four name words (or initials like `H.`) on one line: `Ella H. Snider`, `JOHN Q PUBLIC`. */
export const fullName = String.raw`${nameWord}(?:[ \t]{1,3}(?:${upperLetter}\.|${nameWord})){0,3}`;

/**
 * Words that follow a cue but are not names (`Patient Portal`, `Name: Unknown`, `Hi Team`).
 * Compared lower-case against the first word of a match.
 */
export const notNames: ReadonlySet<string> = new Set([
  'a', 'an', 'the', 'and', 'or', 'not', 'no', 'none', 'null', 'nil', 'undefined', 'unknown', 'n/a',
  'na', 'nan', 'true', 'false', 'yes', 'test', 'tests', 'testing', 'sample', 'example', 'demo',
  'all', 'any', 'team', 'there', 'everyone', 'all', 'folks', 'support', 'admin', 'user', 'users',
  'patient', 'patients', 'portal', 'record', 'records', 'resource', 'resources', 'id', 'identifier',
  'list', 'search', 'lookup', 'found', 'created', 'updated', 'deleted', 'missing', 'required',
  'invalid', 'error', 'errors', 'warn', 'warning', 'info', 'debug', 'get', 'post', 'put', 'patch',
  'delete', 'select', 'insert', 'update', 'from', 'where', 'values', 'set', 'into', 'is', 'was',
  'has', 'had', 'with', 'without', 'for', 'of', 'in', 'on', 'at', 'to', 'by', 'as', 'if', 'it',
  'this', 'that', 'these', 'those', 'his', 'her', 'their', 'our', 'my', 'your', 'we', 'you',
  'i', 'he', 'she', 'they', 'sorry', 'sure', 'here', 'ok', 'okay', 'fine', 'good', 'new', 'old',
  'name', 'names', 'first', 'last', 'given', 'family', 'full', 'middle', 'display', 'string',
  'number', 'object', 'array', 'type', 'class', 'field', 'value', 'key', 'observation', 'encounter',
  'condition', 'procedure', 'practitioner', 'organization', 'bundle', 'status', 'active',
  'inactive', 'male', 'female', 'other', 'mr', 'mrs', 'ms', 'dr', 'miss', 'mx', 'care', 'safety',
  'education', 'instructions', 'summary', 'chart', 'history', 'information', 'data', 'details',
  'account', 'accounts', 'id:', 'mrn', 'dob', 'ssn', 'hl7', 'fhir', 'api', 'http', 'https', 'json',
  'identity', 'matching', 'merge', 'match', 'service', 'services', 'request', 'response', 'check',
  'visit', 'visits', 'note', 'notes', 'message', 'messages', 'contact', 'contacts', 'registration',
]);

/** True when `word` (the first word of a candidate) is a known non-name. */
export function isStopWord(word: string): boolean {
  return notNames.has(word.toLowerCase());
}

/** The first word of a span (up to a space, comma, `.` after an initial, or `^`). */
export function firstWord(text: string, start: number, end: number): string {
  let i = start;
  while (i < end) {
    const c = text.charCodeAt(i);
    if (c === 32 || c === 9 || c === 44 || c === 94) break;
    i++;
  }
  return text.slice(start, i);
}
