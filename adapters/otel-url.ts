import { defaultTag, templateRoute, type Redactor } from '../src/index.js';

/**
 * URL attributes (`url.full`, `url.path`, `url.query`, `http.target`, `http.url`; bug case B19).
 * The route shape stays readable; the data in it does not:
 * - user:password in the authority becomes `REDACTED:REDACTED` (what semconv asks for);
 * - each path segment `templateRoute` calls dynamic is percent-decoded and run through the
 *   detectors; if they find PHI it shows their tags, otherwise it becomes `:id`;
 * - query keys are kept, values are masked (`email=[REDACTED:QUERY]`), or with
 *   `queryValues: 'scan'` percent-decoded and redacted with the key as context
 *   (`dob=[REDACTED:DATE]`, `page=2` kept);
 * - a fragment is masked whole.
 * Scheme, host and port are kept (the walk still scans them afterwards).
 */

/** What to do with query values. */
export type QueryValues = 'mask' | 'scan';

/** Redacts a URL, a path with or without a query, or (with `isQuery`) a bare query string. */
export function redactUrl(value: string, redactor: Redactor, queryValues: QueryValues, isQuery = false): string {
  if (isQuery) return redactQuery(value, redactor, queryValues);
  let rest = value;
  let fragment = '';
  const hash = rest.indexOf('#');
  if (hash !== -1) {
    fragment = hash === rest.length - 1 ? '#' : '#' + defaultTag('fragment');
    rest = rest.slice(0, hash);
  }
  let query = '';
  const q = rest.indexOf('?');
  if (q !== -1) {
    query = '?' + redactQuery(rest.slice(q + 1), redactor, queryValues);
    rest = rest.slice(0, q);
  }
  let origin = '';
  const scheme = rest.indexOf('://');
  if (scheme !== -1 && scheme <= 16 && !rest.slice(0, scheme).includes('/')) {
    const slash = rest.indexOf('/', scheme + 3);
    const end = slash === -1 ? rest.length : slash;
    origin = withoutCredentials(rest.slice(0, scheme + 3), rest.slice(scheme + 3, end));
    rest = rest.slice(end);
  }
  return origin + redactPath(rest, redactor) + query + fragment;
}

function withoutCredentials(scheme: string, authority: string): string {
  const at = authority.lastIndexOf('@');
  return at === -1 ? scheme + authority : scheme + 'REDACTED:REDACTED' + authority.slice(at);
}

/** Dynamic segments (per `templateRoute`) show detector tags or `:id`; route words stay. */
function redactPath(path: string, redactor: Redactor): string {
  if (path === '' || path === '/') return path;
  const template = templateRoute(path);
  if (template === path) return path;
  const raw = path.split('/');
  const shape = template.split('/');
  if (raw.length !== shape.length) return template; // cannot align: the template hides everything
  for (let i = 0; i < raw.length; i++) {
    const segment = raw[i]!;
    if (shape[i] === segment) continue;
    const decoded = decode(segment, false);
    const clean = decoded === null ? decoded : redactor.redactString(decoded);
    raw[i] = clean === null || clean === decoded ? ':id' : clean;
  }
  return raw.join('/');
}

function redactQuery(query: string, redactor: Redactor, mode: QueryValues): string {
  if (query === '') return query;
  const parts = query.split('&');
  for (let i = 0; i < parts.length; i++) {
    const part = parts[i]!;
    if (part === '') continue;
    const eq = part.indexOf('=');
    const key = eq === -1 ? '' : part.slice(0, eq);
    const value = eq === -1 ? part : part.slice(eq + 1);
    if (value === '') continue;
    const prefix = eq === -1 ? '' : key + '=';
    parts[i] = prefix + (mode === 'mask' ? defaultTag('query') : scanValue(key, value, redactor));
  }
  return parts.join('&');
}

/** The value redacted with its (decoded) key as context, so `email=…` is masked by key. */
function scanValue(key: string, value: string, redactor: Redactor): string {
  const k = decode(key, true) ?? '';
  const v = decode(value, true);
  if (v === null) return defaultTag('query');
  const record = redactor.redact({ [k]: v });
  if (typeof record !== 'object' || record === null) return defaultTag('query');
  const out = (record as Record<string, unknown>)[k];
  if (typeof out !== 'string') return defaultTag('query');
  return out === v ? value : out;
}

/** Percent-decodes (and `+` to space in queries); null when malformed. */
function decode(text: string, isQuery: boolean): string | null {
  const t = isQuery && text.includes('+') ? text.replaceAll('+', ' ') : text;
  if (!t.includes('%')) return t;
  try {
    return decodeURIComponent(t);
  } catch {
    return null;
  }
}
