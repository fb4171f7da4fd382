import { defaultTag, templateRoute, type Redactor } from '../src/index.js';
import { stripSqlLiterals } from './otel-sql.js';
import { redactUrl, type QueryValues } from './otel-url.js';

/**
 * Semantic-convention rules for one attribute bag (span, event, link, log record, resource),
 * applied around the engine's walk (PHI-IDENTIFIERS §23.4, HOSTS §4.5):
 * - URL keys are rewritten before the walk (see `redactUrl`), SQL keys lose their literals
 *   (see `stripSqlLiterals`); the walk then scans the result as well;
 * - identity, client-address, credential-header and query-parameter keys are masked whole
 *   AFTER the walk, so the walk still sees the raw value and can learn it (a `user.full_name`
 *   is then also masked where it recurs, e.g. in `exception.message`);
 * - everything else is left to the walk (key dictionary plus detectors).
 * `http.route` and `url.template` are route templates: kept out of the walk (a URL detector
 * would turn `:id` into a tag) after `templateRoute`, which leaves a real template unchanged.
 */

/** Adapter settings the rules need. */
export interface AttributeRules {
  readonly redactor: Redactor;
  readonly queryValues: QueryValues;
}

/** An attribute bag ready for the walk, and the keys to mask once it has run. */
export interface PreparedAttributes {
  /** The caller's attributes (never written to). */
  readonly source: Readonly<Record<string, unknown>>;
  readonly values: Readonly<Record<string, unknown>>;
  readonly masked: ReadonlyArray<readonly [key: string, kind: string]> | null;
  /** Route templates, kept out of the walk (a URL detector would mask `:id`) and put back. */
  readonly kept: ReadonlyArray<readonly [key: string, value: string]> | null;
}

/** Keys masked whole, with the kind shown in the tag. */
const maskedKeys: ReadonlyMap<string, string> = new Map([
  ['user.id', 'id'], ['user.email', 'email'], ['user.full_name', 'name'], ['user.name', 'name'],
  ['user.hash', 'id'], ['enduser.id', 'id'], ['enduser.pseudo.id', 'id'], ['client.address', 'ip'],
  ['source.address', 'ip'], ['http.client_ip', 'ip'], ['db.postgresql.values', 'parameter'],
]);

const maskedPrefixes: ReadonlyArray<readonly [string, string]> = [
  ['db.query.parameter.', 'parameter'], ['db.operation.parameter.', 'parameter'],
  ['rpc.grpc.request.metadata.', 'header'], ['rpc.request.metadata.', 'header'],
];

/** Headers masked under `http.request.header.*` / `http.response.header.*`. */
const maskedHeaders: ReadonlySet<string> = new Set([
  'x-forwarded-for', 'x-real-ip', 'forwarded', 'true-client-ip', 'cf-connecting-ip', 'x-client-ip',
  'cookie', 'set-cookie', 'authorization', 'proxy-authorization', 'x-api-key',
]);

/** Low-cardinality route templates: kept as they are (`templateRoute` first, if one holds a raw path). */
const routeKeys: ReadonlySet<string> = new Set(['http.route', 'url.template']);
const urlKeys: ReadonlySet<string> = new Set(['url.full', 'url.path', 'http.target', 'http.url', 'url.original']);
const sqlKeys: ReadonlySet<string> = new Set(['db.statement', 'db.query.text']);

/** Applies the before-walk rules; returns `attributes` itself when nothing is rewritten. */
export function prepareAttributes(attributes: Readonly<Record<string, unknown>>, rules: AttributeRules): PreparedAttributes {
  let masked: Array<readonly [string, string]> | null = null;
  let kept: Array<readonly [string, string]> | null = null;
  let rewritten: Map<string, string> | null = null;
  const keys = Object.keys(attributes);
  for (const key of keys) {
    const kind = maskedKind(key);
    if (kind !== undefined) {
      (masked ??= []).push([key, kind]);
      continue;
    }
    if (routeKeys.has(key)) {
      const route = attributes[key];
      if (typeof route === 'string') (kept ??= []).push([key, routeTemplate(route)]);
      continue; // a non-string route is not a template: the walk scans it
    }
    const rewrite = rewriteKind(key);
    if (rewrite === undefined) continue;
    const raw = attributes[key];
    if (typeof raw !== 'string') {
      (masked ??= []).push([key, rewrite]);
    } else if (rewrite === 'sql') {
      (rewritten ??= new Map()).set(key, stripSqlLiterals(raw, attributes['db.system'] ?? attributes['db.system.name']));
    } else {
      (rewritten ??= new Map()).set(key, redactUrl(raw, rules.redactor, rules.queryValues, key === 'url.query'));
    }
  }
  if (rewritten === null && kept === null) return { source: attributes, values: attributes, masked, kept };
  // One new object (no spread-then-delete, which turns objects into slow dictionaries).
  const values: Record<string, unknown> = {};
  for (const key of keys) {
    if (kept !== null && routeKeys.has(key) && typeof attributes[key] === 'string') continue;
    const value = rewritten?.has(key) ? rewritten.get(key) : attributes[key];
    if (key === '__proto__') Object.defineProperty(values, key, { value, enumerable: true, writable: true, configurable: true });
    else values[key] = value;
  }
  return { source: attributes, values, masked, kept };
}

/** Masks the `masked` keys of the walk's output and puts the kept ones back. */
export function finishAttributes(walked: Record<string, unknown>, prepared: PreparedAttributes): Record<string, unknown> {
  const { masked, kept } = prepared;
  if (masked === null && kept === null) return walked;
  // The walk returns its input when nothing changed: write into it only if that input is ours.
  const out = walked === prepared.source ? { ...walked } : walked;
  if (masked !== null) {
    for (const [key, kind] of masked) if (Object.prototype.hasOwnProperty.call(out, key)) out[key] = defaultTag(kind);
  }
  if (kept !== null) for (const [key, value] of kept) out[key] = value;
  return out;
}

const templates = new Map<string, string>();

/** `templateRoute`, cached: routes are few, and the cache is cleared if raw paths flood it. */
export function routeTemplate(route: string): string {
  let t = templates.get(route);
  if (t === undefined) {
    if (templates.size >= 1024) templates.clear();
    templates.set(route, (t = templateRoute(route)));
  }
  return t;
}

/** The kind a key is masked as whole, or undefined. */
export function maskedKind(key: string): string | undefined {
  const direct = maskedKeys.get(key);
  if (direct !== undefined) return direct;
  const c = key.charCodeAt(0);
  if (c === 104 /* h */ && key.startsWith('http.') && (key.startsWith('http.request.header.') || key.startsWith('http.response.header.'))) {
    const header = key.slice(key.indexOf('.header.') + 8).toLowerCase().replaceAll('_', '-');
    return maskedHeaders.has(header) ? 'header' : undefined;
  }
  if (c === 100 /* d */ || c === 114 /* r */) {
    for (const [prefix, kind] of maskedPrefixes) if (key.startsWith(prefix)) return kind;
  }
  return undefined;
}

/** 'sql' or 'url' for keys rewritten before the walk. */
function rewriteKind(key: string): 'sql' | 'url' | undefined {
  if (sqlKeys.has(key)) return 'sql';
  if (urlKeys.has(key) || key === 'url.query') return 'url';
  // Custom URL attributes (`origin.url`, `referer.uri`) get the same treatment.
  if (key.endsWith('.url') || key.endsWith('.uri') || key === 'url' || key === 'uri') return 'url';
  return undefined;
}
