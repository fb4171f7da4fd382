import { withheld, type Redactor } from '../src/index.js';
import { redactName, redactQuery, redactUrl } from './sentry-fields.js';

/**
 * What the Sentry hooks do to each payload. Each function returns a redacted copy, or
 * `withheld` when the payload cannot be redacted safely; none throws. Structure-aware fields
 * (URLs, query strings, route-shaped names, cookies) are handled first, then one walk covers
 * everything else with key rules and patterns.
 */

type Obj = Record<string, unknown>;

const urlKeys = ['url', 'http.url', 'url.full', 'http.target', 'url.path', 'to', 'from'];
const queryKeys = ['http.query', 'url.query', 'query_string'];

/** Error, message and transaction events. */
export function redactEvent<E extends object>(redactor: Redactor, event: E): E | typeof withheld {
  return guarded(redactor, () => {
    const e: Obj = { ...(event as Obj) };
    if (isObj(e.request)) e.request = prepRequest(redactor, e.request);
    if (Array.isArray(e.breadcrumbs)) e.breadcrumbs = e.breadcrumbs.map((b) => (isObj(b) ? prepCrumb(redactor, b) : b));
    if (typeof e.transaction === 'string') e.transaction = redactName(redactor, e.transaction);
    if (Array.isArray(e.spans)) e.spans = e.spans.map((s) => (isObj(s) ? prepSpan(redactor, s) : s));
    if (isObj(e.contexts) && isObj(e.contexts.trace) && isObj(e.contexts.trace.data)) {
      e.contexts = { ...e.contexts, trace: { ...e.contexts.trace, data: prepData(redactor, e.contexts.trace.data) } };
    }
    return e;
  });
}

/** One breadcrumb (also used for `event.breadcrumbs`). */
export function redactBreadcrumb<B extends object>(redactor: Redactor, crumb: B): B | typeof withheld {
  return guarded(redactor, () => prepCrumb(redactor, crumb as Obj));
}

/** A span in either shape: streamed (`name`, `attributes`, `links`) or static (`description`, `data`). */
export function redactSpan<S extends object>(redactor: Redactor, span: S): S | typeof withheld {
  const s = span as Obj;
  // Ids, timestamps and status are not walked: a mangled trace id breaks the trace, and they are ours.
  const body: Obj = {};
  for (const k of ['name', 'description', 'attributes', 'data', 'links', 'measurements']) if (k in s) body[k] = s[k];
  const out = guarded(redactor, () => prepSpan(redactor, body));
  return out === withheld ? withheld : ({ ...s, ...(out as Obj) } as S);
}

/** A Sentry log (`beforeSendLog`: message and attributes) or metric (`beforeSendMetric`: attributes). */
export function redactLog<L extends object>(redactor: Redactor, log: L): L | typeof withheld {
  return guarded(redactor, () => {
    const l: Obj = { ...(log as Obj) };
    if ('message' in l) l.message = redactor.redactString(String(l.message));
    if (isObj(l.attributes)) l.attributes = prepData(redactor, l.attributes);
    return l;
  });
}

/** Runs `prep`, then the generic walk; any failure withholds. */
function guarded<T>(redactor: Redactor, prep: () => Obj): T | typeof withheld {
  try {
    const out = redactor.redactOrWithhold(prep());
    return out === withheld || !isObj(out) ? withheld : (out as T);
  } catch {
    return withheld;
  }
}

function prepRequest(redactor: Redactor, r: Obj): Obj {
  const out: Obj = { ...r };
  delete out.cookies; // never useful enough to risk
  if (typeof out.headers === 'object' && out.headers !== null) {
    const h: Obj = { ...(out.headers as Obj) };
    for (const k of Object.keys(h)) if (k.toLowerCase() === 'cookie' || k.toLowerCase() === 'set-cookie') delete h[k];
    out.headers = h;
  }
  if ('url' in out) out.url = redactUrl(redactor, out.url);
  if ('query_string' in out) out.query_string = redactQuery(redactor, out.query_string);
  return out;
}

function prepCrumb(redactor: Redactor, b: Obj): Obj {
  const out: Obj = { ...b };
  if (typeof out.message === 'string') out.message = redactName(redactor, out.message);
  if (isObj(out.data)) out.data = prepData(redactor, out.data);
  return out;
}

function prepSpan(redactor: Redactor, s: Obj): Obj {
  const out: Obj = { ...s };
  if ('name' in out) out.name = redactName(redactor, out.name);
  if ('description' in out) out.description = redactName(redactor, out.description);
  if (isObj(out.data)) out.data = prepData(redactor, out.data);
  if (isObj(out.attributes)) out.attributes = prepData(redactor, out.attributes);
  if (Array.isArray(out.links)) out.links = out.links.map((l) => (isObj(l) && isObj(l.attributes) ? { ...l, attributes: prepData(redactor, l.attributes) } : l));
  return out;
}

/** Span data, attributes, breadcrumb data: URL- and query-shaped keys first (plain or `{value}` attributes). */
function prepData(redactor: Redactor, d: Obj): Obj {
  let out: Obj | null = null;
  for (const [keys, fn] of [[urlKeys, redactUrl], [queryKeys, redactQuery]] as const) {
    for (const k of keys) {
      if (!(k in d)) continue;
      const v = d[k];
      out ??= { ...d };
      out[k] = isObj(v) && 'value' in v ? { ...v, value: fn(redactor, v.value) } : fn(redactor, v);
    }
  }
  return out ?? d;
}

function isObj(v: unknown): v is Obj {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}
