/**
 * Test helpers: a builder for the bug-case markers, PHI canaries for property tests, a deep
 * text collector for leak checks, write-recording proxies and safe log-like values.
 */
import { fc } from '@fast-check/vitest';

/** Runs per property: `FUZZ_RUNS` (the fuzz script sets 100000), else 200, fixed seed in CI. */
export const fuzzRuns = Number(process.env.FUZZ_RUNS ?? 200);
export const fuzzSeed = Number(process.env.FUZZ_SEED ?? 20240607);
export const propOptions = { numRuns: fuzzRuns, seed: fuzzSeed } as const;

/**
 * Builds a bug-case value: `{"$type":"Error"|"BigInt"|"Buffer"|"Map"|"Function"}`,
 * `{"$repeat":{text,times}}` and `{"$ref":"/value/..."}` (JSON pointer from the case input,
 * so `/value` is the value's root) become real values, refs possibly cyclic.
 */
export function buildCase(value: unknown): unknown {
  const refs: Array<{ holder: Record<string | number, unknown>; key: string | number; pointer: string }> = [];
  const build = (v: unknown, holder: Record<string | number, unknown> | null, key: string | number): unknown => {
    if (Array.isArray(v)) {
      const out: unknown[] = [];
      v.forEach((item, i) => (out[i] = build(item, out as unknown as Record<number, unknown>, i)));
      return out;
    }
    if (typeof v !== 'object' || v === null) return v;
    const o = v as Record<string, unknown>;
    if (typeof o.$ref === 'string' && holder !== null) {
      refs.push({ holder, key, pointer: o.$ref });
      return null;
    }
    if (o.$repeat !== undefined) {
      const r = o.$repeat as { text: string; times: number };
      return r.text.repeat(r.times);
    }
    switch (o.$type) {
      case 'Error': {
        const e = new Error(String(o.message ?? ''), o.cause === undefined ? undefined : { cause: undefined });
        if (typeof o.name === 'string') e.name = o.name;
        if (typeof o.stack === 'string') e.stack = o.stack;
        if (o.cause !== undefined) Object.defineProperty(e, 'cause', { value: build(o.cause, null, 'cause'), enumerable: false, writable: true, configurable: true });
        const props = (o.props ?? {}) as Record<string, unknown>;
        for (const [k, pv] of Object.entries(props)) (e as unknown as Record<string, unknown>)[k] = build(pv, e as unknown as Record<string, unknown>, k);
        return e;
      }
      case 'BigInt':
        return BigInt(String(o.value));
      case 'Buffer':
        return Buffer.from(String(o.utf8), 'utf8');
      case 'Map':
        return new Map((o.entries as Array<[unknown, unknown]>).map(([k, mv]) => [build(k, null, 0), build(mv, null, 1)]));
      case 'Function':
        return () => undefined;
    }
    const out: Record<string, unknown> = {};
    for (const [k, cv] of Object.entries(o)) out[k] = build(cv, out, k);
    return out;
  };
  const root = { value: build(value, null, 'value') } as Record<string, unknown>;
  for (const { holder, key, pointer } of refs) {
    let at: unknown = root;
    for (const part of pointer.split('/').slice(1)) at = (at as Record<string, unknown>)[part.replace(/~1/g, '/').replace(/~0/g, '~')];
    holder[key] = at;
  }
  return root.value;
}

/** Every string reachable from `v`: values, keys, symbol descriptions, Map/Set entries, errors. */
export function allText(v: unknown, seen = new Set<unknown>()): string {
  const parts: string[] = [];
  const visit = (x: unknown): void => {
    if (typeof x === 'string') return void parts.push(x);
    if (typeof x === 'bigint' || typeof x === 'number') return void parts.push(String(x));
    if (typeof x === 'symbol') return void parts.push(x.description ?? '');
    if ((typeof x !== 'object' && typeof x !== 'function') || x === null || seen.has(x)) return;
    seen.add(x);
    if (x instanceof Map) for (const [k, mv] of x) (visit(k), visit(mv));
    if (x instanceof Set) for (const sv of x) visit(sv);
    if (x instanceof Error) (visit(x.message), visit(x.stack), visit((x as { cause?: unknown }).cause));
    for (const k of Reflect.ownKeys(x)) {
      visit(k);
      const d = Object.getOwnPropertyDescriptor(x, k);
      if (d && 'value' in d) visit(d.value);
    }
  };
  visit(v);
  return parts.join('\n');
}

/** A nine-digit SSN outside the reserved ranges (area 000/666, group 00, serial 0000). */
const ssnDigits = fc
  .tuple(fc.integer({ min: 100, max: 899 }).filter((a) => a !== 666), fc.integer({ min: 1, max: 99 }), fc.integer({ min: 1, max: 9999 }))
  .map(([a, g, s]) => [String(a), String(g).padStart(2, '0'), String(s).padStart(4, '0')] as const);

const dashes = ['-', ' ', '.', '\u2010', '\u2011', '\u2012', '\u2013', '\u2014', '\u2015', '\u2212', '\uFE58', '\uFE63', '\uFF0D'];

/** A text with one PHI canary and the exact substring that must not survive. */
export interface Canary {
  readonly text: string;
  readonly secret: string;
}

/** SSNs in dashed, spaced, dotted and Unicode-dash forms. */
export const ssnCanary: fc.Arbitrary<Canary> = fc
  .tuple(ssnDigits, fc.constantFrom(...dashes))
  .map(([[a, g, s], d]) => ({ text: `ssn on file ${a}${d}${g}${d}${s} ok`, secret: `${a}${d}${g}${d}${s}` }));

/** MRNs after a label: `MRN 00482139`, `MRN: 00482139`, `MRN# 00482139`, `MRN-00482139`. */
export const mrnCanary: fc.Arbitrary<Canary> = fc
  .tuple(fc.integer({ min: 10_000_000, max: 99_999_999 }), fc.constantFrom('MRN ', 'MRN: ', 'MRN# ', 'MRN-', 'mrn=', 'Medical Record '))
  .map(([n, label]) => ({ text: `chart ${label}${n} opened`, secret: String(n) }));

const monthNames = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
const pad = (n: number) => String(n).padStart(2, '0');

/** Dates in every form the date detector documents (year 1900-2099, a real day). */
export const dateCanary: fc.Arbitrary<Canary> = fc
  .tuple(fc.integer({ min: 1900, max: 2099 }), fc.integer({ min: 1, max: 12 }), fc.integer({ min: 1, max: 28 }), fc.integer({ min: 0, max: 15 }))
  .map(([y, m, d, form]) => {
    const mon = monthNames[m - 1]!;
    const forms = [
      `${y}-${pad(m)}-${pad(d)}`,
      `${y}-${pad(m)}-${pad(d)}T10:15:30Z`,
      `${y}/${pad(m)}/${pad(d)}`,
      `${m}/${d}/${y}`,
      `${pad(m)}-${pad(d)}-${y}`,
      `${pad(d)}.${pad(m)}.${y}`,
      `${pad(m)}/${pad(d)}/${String(y).slice(2)}`,
      `${pad(m)}%2F${pad(d)}%2F${y}`,
      `${mon.slice(0, 3)} ${d}, ${y}`,
      `${mon} ${d} ${y}`,
      `${d} ${mon} ${y}`,
      `${pad(d)}-${mon.slice(0, 3)}-${y}`,
      `${pad(d)}-${mon.slice(0, 3).toUpperCase()}-${String(y).slice(2)}`,
      `${mon} ${y}`,
      `DOB ${y}${pad(m)}${pad(d)}`,
      `PID|${y}${pad(m)}${pad(d)}|`,
    ];
    const text = forms[form]!;
    const secret = form === 14 || form === 15 ? `${y}${pad(m)}${pad(d)}` : text;
    return { text: `seen on ${text} today`, secret };
  });

/** Any canary kind. */
export const canary: fc.Arbitrary<Canary> = fc.oneof(ssnCanary, mrnCanary, dateCanary);

/** Lower-case words, routes, durations and codes that no detector should touch. */
const safeWord = fc.constantFrom('request', 'completed', 'cache', 'miss', 'retry', 'queue', 'worker', 'started', 'ok', 'done', 'timeout', 'upstream', 'healthy', 'ready', 'flush');
const safeString = fc.oneof(
  fc.array(safeWord, { minLength: 1, maxLength: 6 }).map((w) => w.join(' ')),
  fc.tuple(safeWord, safeWord).map(([a, b]) => `/api/v1/${a}/${b}`),
  fc.integer({ min: 0, max: 99_999 }).map((n) => `${n}ms`),
  fc.constantFrom('E_TIMEOUT', 'ECONNRESET', 'HTTP 200', 'GET', 'POST', 'v2.3.1', 'info', 'warn'),
);
const safeKey = fc.constantFrom('msg', 'route', 'durationMs', 'status', 'count', 'service', 'level', 'method', 'attempt', 'region', 'cacheHit', 'tags');
const safeLeaf = fc.oneof(safeString, fc.integer({ min: -1e6, max: 1e6 }), fc.boolean(), fc.constant(null));

/** Log-like records without PHI: nested objects and arrays of safe keys and values. */
export const safeRecord: fc.Arbitrary<unknown> = fc.letrec((tie) => ({
  node: fc.oneof({ depthSize: 'small', withCrossShrink: true }, safeLeaf, tie('object'), tie('array')),
  object: fc.dictionary(safeKey, tie('node'), { maxKeys: 5 }),
  array: fc.array(tie('node'), { maxLength: 4 }),
})).object;

/** Deep-freezes a value graph (cycle-safe) and returns it. */
export function deepFreeze<T>(v: T, seen = new Set<unknown>()): T {
  // Typed arrays with elements cannot be frozen; they are leaves to the walker anyway.
  if (typeof v !== 'object' || v === null || seen.has(v) || ArrayBuffer.isView(v)) return v;
  seen.add(v);
  for (const k of Reflect.ownKeys(v)) {
    const d = Object.getOwnPropertyDescriptor(v, k);
    if (d && 'value' in d) deepFreeze(d.value, seen);
  }
  return Object.freeze(v);
}

/** Wraps a value graph in proxies that record (and refuse) every write. */
export function recordWrites<T>(v: T, writes: string[]): T {
  const cache = new WeakMap<object, object>();
  const wrap = (x: unknown): unknown => {
    if (typeof x !== 'object' || x === null) return x;
    const hit = cache.get(x);
    if (hit) return hit;
    const p = new Proxy(x, {
      get: (t, k, r) => wrap(Reflect.get(t, k, r)),
      set: (_t, k) => (writes.push(`set ${String(k)}`), true),
      defineProperty: (_t, k) => (writes.push(`define ${String(k)}`), true),
      deleteProperty: (_t, k) => (writes.push(`delete ${String(k)}`), true),
      setPrototypeOf: () => (writes.push('setPrototypeOf'), true),
      preventExtensions: () => (writes.push('preventExtensions'), false),
    });
    cache.set(x, p);
    return p;
  };
  return wrap(v) as T;
}

/** A proxy that throws on every trap. */
export function hostileProxy(): object {
  const boom = () => {
    throw new Error('trap SSN 123-45-6789');
  };
  return new Proxy({}, { get: boom, has: boom, ownKeys: boom, getOwnPropertyDescriptor: boom, getPrototypeOf: boom, set: boom, apply: boom, defineProperty: boom, deleteProperty: boom, isExtensible: boom, preventExtensions: boom, setPrototypeOf: boom });
}
