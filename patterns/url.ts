import { defineDetector, type RewriteHelpers } from '../src/detector.js';
import { isAction, personNouns } from './url-route.js';

/**
 * Query keys whose values are PHI whatever they look like, with the kind they are masked as.
 * Keys are compared lower-case with `-`, `_`, `.` dropped and a FHIR modifier (`family:exact`) cut.
 */
const phiKeys: ReadonlyMap<string, string> = new Map([
  ...['name', 'family', 'given', 'lastname', 'firstname', 'fullname', 'middlename', 'surname', 'patientname', 'maidenname'].map((k) => [k, 'name'] as const),
  ...['birthdate', 'dob', 'dateofbirth', 'birthday', 'deathdate'].map((k) => [k, 'date'] as const),
  ...['identifier', 'patient', 'patientid', 'subject', 'memberid', 'member', 'userid', 'user', 'username', 'person', 'beneficiary'].map((k) => [k, 'id'] as const),
  ...['mrn', 'medicalrecordnumber'].map((k) => [k, 'mrn'] as const),
  ...['ssn', 'socialsecuritynumber'].map((k) => [k, 'ssn'] as const),
  ...['phone', 'telecom', 'phonenumber', 'mobile', 'fax', 'tel'].map((k) => [k, 'phone'] as const),
  ...['email', 'emailaddress', 'mail'].map((k) => [k, 'email'] as const),
  ...['address', 'addressline', 'street', 'addresscity', 'city', 'addressstate'].map((k) => [k, 'address'] as const),
  ...['addresspostalcode', 'postalcode', 'zip', 'zipcode'].map((k) => [k, 'zip'] as const),
  ...['token', 'accesstoken', 'idtoken', 'refreshtoken', 'sig', 'signature', 'apikey', 'password', 'secret', 'session', 'sessionid'].map((k) => [k, 'token'] as const),
]);

/**
 * URLs and request targets: `https://host/patients/123-45-6789/records?email=...&dob=...`,
 * `GET /patients/123/notes?dob=1984-03-07 HTTP/1.1`, and paths standing alone or after `=`,
 * a space or a quote (`url.path`, `C:/Users/jdoe`). Scheme, host, port and route words stay.
 * Each path segment and query value is percent-decoded; a segment after a person noun
 * (`patients`, `Patient`, `members`, `users`, `mrn`, ...) is masked as `id`; a query value
 * whose key names PHI (`name`, `family`, `birthdate`, `dob`, `identifier`, `email`, `phone`,
 * `address-postalcode`, `patient`, `token`, ...) is masked as that kind, the key kept
 * (`email=[REDACTED:EMAIL]`); every other segment, value and fragment goes through all detectors.
 * Misses: PHI in the host name, relative paths without a leading `/`, lower-case data words
 * after route words that are not person nouns (`/lookup/smith`).
 */
export const url = defineDetector({
  id: 'url',
  kind: 'url',
  source: String.raw`(?:^|[^A-Za-z0-9_/.~%-])((?i:(?:https?|wss?|ftp)://)[^\s"'<>\x60]+|/[A-Za-z_$][^\s"'<>\x60]*)`,
  group: 1,
  needs: ['letter'],
  rewrite: rewriteUrl,
});

/**
 * How many URLs may sit inside one another's query values before the inner one is masked whole.
 * Each level rescans what follows it, so without a bound `http://a/?x=http://a/?x=...` costs
 * quadratic time; a URL three deep is no route anyone needs to read.
 */
const maxNesting = 2;
let nesting = 0;

/** Masks the PHI inside a URL or path and keeps its shape. Exported for adapters and tests. */
export function rewriteUrl(value: string, helpers: RewriteHelpers): string {
  if (nesting >= maxNesting) return helpers.mask('url', value);
  nesting++;
  try {
    return rewriteOnce(value, helpers);
  } finally {
    nesting--;
  }
}

function rewriteOnce(value: string, helpers: RewriteHelpers): string {
  const origin = /^[A-Za-z][A-Za-z0-9+.-]{0,15}:\/\/[^/?#]*/.exec(value);
  let head = '';
  let rest = value;
  if (origin) {
    head = maskUserInfo(origin[0], helpers);
    rest = value.slice(origin[0].length);
  }
  let fragment = '';
  const hash = rest.indexOf('#');
  if (hash !== -1) {
    fragment = '#' + scanPart(rest.slice(hash + 1), helpers);
    rest = rest.slice(0, hash);
  }
  let query = '';
  const q = rest.indexOf('?');
  if (q !== -1) {
    query = '?' + rewriteQuery(rest.slice(q + 1), helpers);
    rest = rest.slice(0, q);
  }
  return head + rewritePath(rest, helpers) + query + fragment;
}

function rewritePath(path: string, helpers: RewriteHelpers): string {
  const segments = path.split('/');
  let afterPerson = false;
  for (let i = 0; i < segments.length; i++) {
    const raw = segments[i]!;
    if (raw === '') continue;
    const decoded = decode(raw);
    if (isMask(decoded) || (raw === decoded && isPlaceholder(raw))) {
      afterPerson = false;
      continue;
    }
    if (afterPerson && !isAction(decoded)) {
      segments[i] = helpers.mask('id', decoded);
      afterPerson = false;
      continue;
    }
    afterPerson = personNouns.has(decoded.toLowerCase());
    segments[i] = scanPart(raw, helpers);
  }
  return segments.join('/');
}

function rewriteQuery(query: string, helpers: RewriteHelpers): string {
  return query
    .split('&')
    .map((pair) => {
      const eq = pair.indexOf('=');
      if (eq === -1) return scanPart(pair, helpers);
      const key = pair.slice(0, eq);
      const value = pair.slice(eq + 1);
      const decoded = decode(value);
      if (value === '' || isMask(decoded)) return pair;
      const kind = phiKeys.get(normalizeKey(decode(key)));
      if (kind !== undefined) return `${key}=${maskToken(value, decoded, kind, helpers)}`;
      return `${scanPart(key, helpers)}=${scanPart(value, helpers)}`;
    })
    .join('&');
}

/**
 * FHIR token search values are `system|value`: the system (a URI naming the identifier type)
 * stays as written and the value is masked.
 */
function maskToken(raw: string, decoded: string, kind: string, helpers: RewriteHelpers): string {
  const bar = Math.max(raw.lastIndexOf('|'), raw.lastIndexOf('%7C'), raw.lastIndexOf('%7c'));
  if (bar === -1) return helpers.mask(kind, decoded);
  const cut = raw[bar] === '|' ? bar + 1 : bar + 3;
  const value = decode(raw.slice(cut));
  return value === '' ? raw : raw.slice(0, cut) + helpers.mask(kind, value);
}

/** Runs every detector over the decoded part; unchanged parts keep their original encoding. */
function scanPart(raw: string, helpers: RewriteHelpers): string {
  // Lower-case words (`api`, `notes`, `_count`) hold nothing a detector can match alone; most
  // segments and keys are such words, so this skips most of the work.
  if (plainWord.test(raw)) return raw;
  const decoded = decode(raw);
  const scanned = helpers.scan(decoded);
  if (scanned !== decoded) return scanned;
  // The raw form may hold what decoding hid from no one, but check it too (a `%2F` date).
  return decoded === raw ? raw : helpers.scan(raw);
}

const plainWord = /^[a-z._~$-]{0,64}$/;

/**
 * Masks user info (`pg://matt:pass@host`) and scans a host that holds digits: an IP literal is
 * an address like any other (public and documentation ranges masked, §14); names stay.
 */
function maskUserInfo(origin: string, helpers: RewriteHelpers): string {
  const at = origin.lastIndexOf('@');
  const scheme = origin.indexOf('//') + 2;
  const hostStart = at === -1 ? scheme : at + 1;
  const host = origin.slice(hostStart);
  const scannedHost = /\d/.test(host) ? helpers.scan(host) : host;
  const user = at === -1 ? '' : helpers.mask('token', origin.slice(scheme, at)) + '@';
  return origin.slice(0, scheme) + user + scannedHost;
}

function normalizeKey(key: string): string {
  const colon = key.indexOf(':');
  const base = colon === -1 ? key : key.slice(0, colon);
  return base.toLowerCase().replace(/[-_.\s[\]]/g, '');
}

/** `+` is a space in query strings; a malformed escape keeps the raw text (it is still scanned). */
function decode(text: string): string {
  if (!text.includes('%') && !text.includes('+')) return text;
  try {
    return decodeURIComponent(text.replace(/\+/g, ' '));
  } catch {
    return text;
  }
}

/**
 * A route template placeholder (`:id` from templateRoute, `:patientId`, `{id}`): not data. Only
 * id-like names written as they are, so `/patients/:jroe` or `/patients/%3AJane` is still masked.
 */
function isPlaceholder(text: string): boolean {
  return text.length <= 40 && /^(?::[A-Za-z_][A-Za-z0-9_]*|\{[A-Za-z_][A-Za-z0-9_]*\})$/.test(text) && placeholderName.test(text);
}

const placeholderName = /(?:^[:{]|_|[a-z])(?:id|Id|ID|uuid|Uuid|key|Key|slug|version)\}?$/;

/** A value we already masked (`[REDACTED:ID]`); left alone so a second pass changes nothing. */
function isMask(text: string): boolean {
  return text.length > 2 && text.startsWith('[') && text.endsWith(']') && !text.slice(1, -1).includes('[');
}
