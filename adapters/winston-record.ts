import { createRedactor, withheld, type Redactor, type RedactorOptions } from '../src/index.js';

/**
 * The record-level step shared by `redactFormat()` and `protectLogger()`: one winston `info`
 * in, a new redacted `info` (or `withheld`) out. The caller's object is never written to.
 */

/** triple-beam's symbols. They are registered (`Symbol.for`), so no runtime import is needed. */
export const LEVEL: unique symbol = Symbol.for('level') as never;
export const MESSAGE: unique symbol = Symbol.for('message') as never;
export const SPLAT: unique symbol = Symbol.for('splat') as never;

/**
 * Set on every record we return. Formats copy it along (`Object.assign` copies enumerable
 * symbols), so the transport guard can tell a record that already passed the logger-level
 * format from one that reached `transport.log()` another way. Module-private: callers cannot
 * forge it. Serializers (`json()`, `printf`) ignore symbol keys.
 */
export const redacted: unique symbol = Symbol('phi-redact.winston') as never;

type Info = Record<string | symbol, unknown>;

/** What a record looked like when we redacted it; a later format that changes it voids the mark. */
interface Seal {
  readonly keys: number;
  readonly message: unknown;
}

/**
 * True if this record came out of our format and no format after it added a field or
 * re-rendered the line (`label()`, a `printf` template adding text): those are redacted again.
 */
export function isRedacted(info: unknown): boolean {
  if (typeof info !== 'object' || info === null) return false;
  const seal = (info as Info)[redacted] as Seal | undefined;
  if (seal === undefined || typeof seal !== 'object') return false;
  const message = (info as Info)[MESSAGE];
  return seal.keys === Object.keys(info).length && (seal.message === message || (seal.message === undefined && message === undefined));
}

/** Seals a redacted record (see `isRedacted`). */
export function seal(record: Info): void {
  record[redacted] = { keys: Object.keys(record).length, message: record[MESSAGE] } satisfies Seal;
}

/**
 * Redacts one record: string keys, `message`, `stack`, `cause`, and the LEVEL, MESSAGE and
 * SPLAT symbols (a rendered line from a finalizer placed before us is re-scanned; the raw
 * splat arguments are replaced by redacted copies so a later `splat()` interpolates clean
 * values). Returns a fresh top-level object even when nothing changed, so formats after us
 * (which mutate in place) never touch the caller's object. Never throws.
 */
export function redactRecord(redactor: Redactor, info: unknown): Info | typeof withheld {
  try {
    if (typeof info !== 'object' || info === null) return withheld;
    const source = info instanceof Error ? errorRecord(info) : (info as Info);
    // SPLAT is walked apart: its objects are usually the meta winston already merged into the
    // record, and walking them twice was most of the cost (bench/adapters.bench.ts).
    const splat = source[SPLAT];
    const hasSplat = Object.prototype.hasOwnProperty.call(source, SPLAT);
    const view: Info = { ...source };
    if (hasSplat) delete view[SPLAT];
    const out = redactor.redactOrWithhold(view);
    if (out === withheld || typeof out !== 'object' || out === null) return withheld;
    const record: Info = out === view ? view : (out as Info);
    // The walk keeps enumerable symbols, but a copy made mid-walk can miss the ones before the
    // first changed symbol: put back any that went missing, redacted on their own.
    for (const sym of [LEVEL, MESSAGE]) {
      if (!Object.prototype.hasOwnProperty.call(source, sym) || Object.prototype.hasOwnProperty.call(record, sym)) continue;
      const v = redactor.redactOrWithhold(source[sym]);
      if (v === withheld) return withheld;
      record[sym] = v;
    }
    if (hasSplat) {
      const clean = redactSplat(redactor, splat, record);
      if (clean === withheld) return withheld;
      record[SPLAT] = clean;
    }
    seal(record);
    return record;
  } catch {
    return withheld;
  }
}

/**
 * The raw splat arguments, redacted. While the message still has `%` tokens a later `splat()`
 * will interpolate them, so they are walked. Otherwise winston has already merged each meta
 * object into the record: its entry is rebuilt from the record's redacted values (same keys),
 * and only primitives and Errors are redacted on their own. Nothing raw is ever kept.
 */
function redactSplat(redactor: Redactor, splat: unknown, record: Info): unknown {
  if (!Array.isArray(splat)) return redactor.redactOrWithhold(splat);
  const message = record.message;
  if (typeof message === 'string' && message.includes('%')) return redactor.redactOrWithhold(splat);
  const out: unknown[] = [];
  for (const el of splat as unknown[]) {
    if (isPlain(el)) {
      const copy: Info = {};
      for (const k of Object.keys(el)) if (Object.prototype.hasOwnProperty.call(record, k)) copy[k] = record[k];
      out.push(copy);
    } else {
      const v = redactor.redactOrWithhold(el);
      if (v === withheld) return withheld;
      out.push(v);
    }
  }
  return out;
}

function isPlain(v: unknown): v is Info {
  if (typeof v !== 'object' || v === null || Array.isArray(v)) return false;
  const proto: unknown = Object.getPrototypeOf(v);
  return proto === Object.prototype || proto === null;
}

/**
 * `logger.error(err)` makes the Error itself the record. Its `message` and `stack` are not
 * enumerable, so `json()` would drop them and the walk would turn the Error into
 * `{type, message, stack}` and lose the level symbols: flatten it the way `errors()` does.
 */
function errorRecord(e: Error): Info {
  const r: Info = { ...(e as unknown as Info) };
  const read = (k: string): unknown => {
    try {
      return (e as unknown as Info)[k];
    } catch {
      return undefined;
    }
  };
  r.message = read('message');
  const stack = read('stack');
  if (stack !== undefined) r.stack = stack;
  const cause = read('cause');
  if (cause !== undefined) r.cause = cause;
  if (r[LEVEL] === undefined) r[LEVEL] = read('level');
  return r;
}

/** Accepts a compiled redactor or its options. Configuration errors throw here, at setup. */
export function toRedactor(redactorOrOptions: Redactor | RedactorOptions = {}): Redactor {
  const r = redactorOrOptions as Partial<Redactor>;
  if (typeof r.redactOrWithhold === 'function' && typeof r.redactString === 'function') return r as Redactor;
  return createRedactor(redactorOrOptions as RedactorOptions);
}
