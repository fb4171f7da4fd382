import { templateRoute, type Redactor } from '../src/index.js';

/**
 * Field helpers for the Sentry adapter: URLs, query strings and names need structure-aware
 * redaction before the generic walk (a percent-encoded e-mail is invisible to a pattern until
 * decoded; `?dob=...` is only a date of birth once the key is seen). All return new values.
 */

type Pairs = [string, string][];

/** Route-shaped names (`GET /patients/123-45-6789/notes`, a URL) become templates, then scanned. */
export function redactName(redactor: Redactor, name: unknown): unknown {
  if (typeof name !== 'string') return name;
  return looksLikeRoute(name) ? redactTemplate(redactor, templateRoute(name)) : redactor.redactString(name);
}

/** Scans each segment of a template except the placeholders it put there (`:id` reads as a cue to some detectors). */
function redactTemplate(redactor: Redactor, template: string): string {
  return template
    .split('/')
    .map((seg) => (seg === ':id' || seg === '' ? seg : redactor.redactString(seg)))
    .join('/');
}

function looksLikeRoute(s: string): boolean {
  const space = s.indexOf(' ');
  const rest = space > 0 && space <= 7 && isUpperWord(s.slice(0, space)) ? s.slice(space + 1) : s;
  return rest.startsWith('/') || rest.startsWith('http://') || rest.startsWith('https://');
}

function isUpperWord(s: string): boolean {
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c < 65 || c > 90) return false;
  }
  return s.length >= 3;
}

/** A URL with its path templated and scanned, query values redacted by key and pattern, fragment scanned. */
export function redactUrl(redactor: Redactor, url: unknown): unknown {
  if (typeof url !== 'string') return url;
  const hash = url.indexOf('#');
  const beforeHash = hash === -1 ? url : url.slice(0, hash);
  const q = beforeHash.indexOf('?');
  const base = q === -1 ? beforeHash : beforeHash.slice(0, q);
  let out = redactTemplate(redactor, templateRoute(base));
  if (q !== -1) out += '?' + redactQueryString(redactor, beforeHash.slice(q + 1));
  if (hash !== -1) out += '#' + encode(redactor.redactString(decode(url.slice(hash + 1))));
  return out;
}

/** `query_string` in any shape Sentry accepts: string, object, or array of pairs. */
export function redactQuery(redactor: Redactor, query: unknown): unknown {
  if (typeof query === 'string') {
    const lead = query.startsWith('?') ? '?' : '';
    return lead + redactQueryString(redactor, query.slice(lead.length));
  }
  if (Array.isArray(query)) return redactPairs(redactor, query.map((p) => (Array.isArray(p) ? [String(p[0]), String(p[1])] : ['', String(p)])));
  return query;
}

function redactQueryString(redactor: Redactor, query: string): string {
  const pairs: Pairs = [];
  for (const part of query.split('&')) {
    if (part === '') continue;
    const eq = part.indexOf('=');
    pairs.push(eq === -1 ? [decode(part), ''] : [decode(part.slice(0, eq)), decode(part.slice(eq + 1))]);
  }
  return redactPairs(redactor, pairs)
    .map(([k, v]) => `${encode(k)}=${encode(v)}`)
    .join('&');
}

/** Redacts pairs in one walk, each as a one-key object so the key dictionary applies to its value. */
function redactPairs(redactor: Redactor, pairs: Pairs): Pairs {
  const objects = pairs.map(([k, v]) => ({ [k]: v }));
  const out = redactor.redact(objects);
  if (!Array.isArray(out)) return pairs.map(() => ['[REDACTED]', '[REDACTED]']);
  return out.map((o: unknown) => {
    const entry = typeof o === 'object' && o !== null ? Object.entries(o)[0] : undefined;
    return entry === undefined ? ['[REDACTED]', '[REDACTED]'] : [entry[0], String(entry[1])];
  });
}

/** Percent-decodes; a malformed escape is kept raw (the scan still sees its text). */
function decode(s: string): string {
  try {
    return decodeURIComponent(s.replaceAll('+', ' '));
  } catch {
    return s;
  }
}

/** Encodes, keeping our masks readable (`[REDACTED:DATE]`). */
function encode(s: string): string {
  return encodeURIComponent(s).replaceAll('%5B', '[').replaceAll('%5D', ']').replaceAll('%3A', ':');
}
