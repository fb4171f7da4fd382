import { isProxy } from 'node:util/types';
import { classifyKey, type KeyClass } from './keys.js';
import { jsonSpans, looksLikeJson, mayEmbedJson } from './json-text.js';
import type { MaskFn, Masker } from './mask.js';
import type { Scanner, ScanResult } from './scan.js';
import { safeKind, strategySeparator, type FieldPlan, type PathState } from './schema.js';
import { normalizeKey } from './keys.js';
import { validDay } from './validate.js';
import type { Tally } from './report.js';
import { replaceKnown, type KnownValues } from './known.js';

/**
 * One bounded, cycle-safe, copy-on-write traversal. A subtree with nothing to redact comes back
 * as itself; anything changed is a new object. Values we cannot see into, or that pass a limit,
 * are replaced whole by a fixed marker. Every read of caller data is guarded: a getter or proxy
 * trap that throws masks that value only.
 */

/** Fixed, data-free markers. */
export const markers = Object.freeze({
  circular: '[Circular]',
  depth: '[REDACTED:DEPTH]',
  limit: '[REDACTED:LIMIT]',
  unreadable: '[REDACTED:UNREADABLE]',
  binary: '[REDACTED:BINARY]',
  opaque: '[REDACTED:OPAQUE]',
  truncated: '…[TRUNCATED]',
  withheld: '[REDACTED:WITHHELD]',
});

/** Resolved limits and tables a walk needs. */
export interface WalkPlan {
  readonly scanner: Scanner;
  readonly mask: MaskFn;
  /** Strategies by kind, for field rules that name their own and for `'remove'`. */
  readonly masker: Masker;
  readonly fields: FieldPlan;
  readonly maxDepth: number;
  readonly maxNodes: number;
  readonly maxStringLength: number;
  readonly maxTotalLength: number;
  /** Kinds whose structured values are learned and masked elsewhere in the same record. */
  readonly learnKinds: ReadonlySet<string>;
  /** Resource types (`resourceType`) whose fields are a person's. */
  readonly personResources: ReadonlySet<string>;
  readonly keyCache: Map<string, KeyEntry>;
  /** Presets that tag an object's fields from its own content (FHIR resources, extensions). */
  readonly objectRules: readonly ObjectRule[];
}

/** What the walk keeps per object key: its class and its last scan (see `Walk.#keyOf`). */
export interface KeyEntry {
  readonly kc: KeyClass;
  /** The key scanned, or null until it is; valid while `gen` is the scanner's generation. */
  scan: ScanResult | null;
  gen: number;
}

/** What an object rule says about one object. */
export interface ObjectTags {
  /** The object is a person (its names, ids and contacts are PHI). */
  readonly person?: boolean;
  /** Kinds (or `'safe'`) for some of its own keys; they override the key dictionary. */
  readonly fields?: Readonly<Record<string, string>>;
}

/**
 * Tags an object's fields from its content: `{url: '...mothersMaidenName', valueString}` makes
 * `valueString` a name. Called once per plain object; must be cheap and must not throw (if it
 * does, the failure is reported and the rule is ignored for that object).
 */
export type ObjectRule = (o: Readonly<Record<string, unknown>>, context: { readonly person: boolean }) => ObjectTags | undefined;

const noSymbols: Array<[symbol, unknown]> = [];
const maskTags = /\[REDACTED:[A-Z0-9_-]{1,32}\]/g;
/** A field whose strategy is `'remove'`: left out of the copy. */
const removed: unique symbol = Symbol('removed');
const envelopeKind = '\u0000envelope';
const dateKinds = new Set(['date']);

/** Walks one value. Create one per `redact` call. */
export class Walk {
  readonly #plan: WalkPlan;
  readonly #tally: Tally;
  readonly #ancestors: object[] = [];
  #nodes = 0;
  #length = 0;
  #known: KnownValues | null = null;
  /** Depth of the root of a whole record rendered as a JSON string near the top, else -1. */
  #renderedRoot = -1;

  constructor(plan: WalkPlan, tally: Tally) {
    this.#plan = plan;
    this.#tally = tally;
  }

  /** Redacts `value` (the record root). */
  run(value: unknown): unknown {
    const paths = this.#plan.fields.paths;
    const out = this.value(value, 0, null, false, paths ? paths.start : null);
    if (this.#known === null) return out;
    return replaceKnown(out, this.#known, this.#plan.mask, this.#tally);
  }

  /** Redacts free text (no field context). */
  text(text: string): string {
    const out = this.#scanText(text, 0, null);
    if (this.#known === null) return out;
    return replaceKnown(out, this.#known, this.#plan.mask, this.#tally) as string;
  }

  value(v: unknown, depth: number, kind: string | null, person: boolean, path: PathState | null): unknown {
    switch (typeof v) {
      case 'string':
        return this.#string(v, depth, kind, path);
      case 'number':
        return kind === null || kind === safeKind || kind === envelopeKind ? v : this.#maskField(kind, String(v));
      case 'bigint':
        return kind === null || kind === envelopeKind ? this.#scanText(String(v), depth, path) : kind === safeKind ? String(v) : this.#maskField(kind, String(v));
      case 'boolean':
      case 'undefined':
        return v;
      case 'object':
        return v === null ? v : this.#object(v, depth, kind, person, path);
      default:
        return undefined; // functions and symbols: JSON writes nothing for them
    }
  }

  #string(s: string, depth: number, kind: string | null, path: PathState | null): string {
    if (kind === null) return this.#scanText(s, depth, path);
    if (kind === safeKind) return s;
    if (kind === envelopeKind) {
      // The log's own timestamp is kept only when the value is nothing but a timestamp
      // (`2024-03-03T10:15:30.123Z`); `DOB 03/07/1984` under `time` is scanned like any text.
      if (isTimestamp(s)) {
        const r = this.#plan.scanner.scan(s);
        if (r.hits.every((h) => dateKinds.has(this.#plan.scanner.detectors[h]!.kind))) return s;
      }
      // A compact date under a timestamp key (`createdAt: "19840307"`) has no cue of its own.
      if (isCompactDate(s)) return this.#maskField('date', s);
      return this.#scanText(s, depth, path);
    }
    return this.#maskField(kind, s);
  }

  #maskField(token: string, raw: string): string {
    const cut = token.indexOf(strategySeparator);
    const kind = cut === -1 ? token : token.slice(0, cut);
    this.#tally.field(kind);
    if (this.#plan.learnKinds.has(kind) && raw.length >= 2) (this.#known ??= new Map()).set(raw, kind);
    if (cut === -1) return this.#plan.mask(kind, raw);
    return this.#plan.masker.maskAs(token.slice(cut + 1) as 'tag', kind, raw);
  }

  #learn(values: ReadonlyArray<readonly [string, string]>): void {
    for (const [kind, value] of values) {
      if (this.#plan.learnKinds.has(kind) && value.length >= 2) (this.#known ??= new Map()).set(value, kind);
    }
  }

  /** True when a field of this kind token is dropped (`'remove'` by field rule or by kind). */
  #removes(token: string): boolean {
    if (token === safeKind || token === envelopeKind) return false;
    const cut = token.indexOf(strategySeparator);
    if (cut !== -1) return token.endsWith(strategySeparator + 'remove');
    return this.#plan.masker.strategyOf(token) === 'remove';
  }

  #scanText(s: string, depth: number, path: PathState | null): string {
    this.#length += s.length;
    if (this.#length > this.#plan.maxTotalLength) {
      this.#tally.limit('total');
      return markers.limit;
    }
    if (s.length > this.#plan.maxStringLength) {
      this.#tally.limit('string');
      s = truncate(s, this.#plan.maxStringLength);
    }
    if (depth >= this.#plan.maxDepth && s.length > 1 && looksLikeJson(s) && parseJson(s) !== undefined) {
      // Nested JSON counts depth like objects do; past the limit it is replaced, not scanned raw
      // (escapes such as \u002d would hide an identifier from the detectors).
      this.#tally.limit('depth');
      return markers.depth;
    }
    if (depth < this.#plan.maxDepth && s.length > 1) {
      if (looksLikeJson(s)) {
        const parsed = parseJson(s);
        if (parsed !== undefined) {
          // The walk always copies, so compare what it did, not identities: unchanged JSON
          // keeps its own text (spacing, key order, number forms).
          const before = this.#tally.changes();
          // A record rendered as one JSON line (winston's MESSAGE, a CLI line) keeps its own
          // envelope: its root keys are read as the record's root keys.
          const outer = this.#renderedRoot;
          if (depth <= 1) this.#renderedRoot = depth + 1;
          let out: unknown;
          try {
            out = this.value(parsed.value, depth + 1, null, false, path);
          } finally {
            this.#renderedRoot = outer;
          }
          return this.#tally.changes() === before ? s : stringify(out);
        }
      }
      if (mayEmbedJson(s)) s = this.#embeddedJson(s, depth, path);
    }
    const r = this.#plan.scanner.scan(s);
    if (r.hits.length > 0) this.#tally.hits(r.hits);
    if (r.failed !== undefined) this.#tally.countFailures(r.failed);
    if (r.learned !== undefined) this.#learn(r.learned);
    return r.text;
  }

  #embeddedJson(s: string, depth: number, path: PathState | null): string {
    let out = '';
    let at = 0;
    for (const [start, end] of jsonSpans(s)) {
      const parsed = parseJson(s.slice(start, end));
      if (parsed === undefined) continue;
      const before = this.#tally.changes();
      const redacted = this.value(parsed.value, depth + 1, null, false, path);
      if (this.#tally.changes() === before) continue;
      out += s.slice(at, start) + stringify(redacted);
      at = end;
    }
    return at === 0 ? s : out + s.slice(at);
  }

  #object(o: object, depth: number, kind: string | null, person: boolean, path: PathState | null): unknown {
    if (this.#ancestors.includes(o)) return markers.circular;
    if (depth >= this.#plan.maxDepth) {
      this.#tally.limit('depth');
      return markers.depth;
    }
    if (++this.#nodes > this.#plan.maxNodes) {
      this.#tally.limit('nodes');
      return markers.limit;
    }
    this.#ancestors.push(o);
    try {
      return this.#dispatch(o, depth, kind, person, path);
    } catch {
      this.#tally.failure('ERR_REDACT_READ', 'walk');
      return markers.unreadable;
    } finally {
      this.#ancestors.pop();
    }
  }

  #dispatch(o: object, depth: number, kind: string | null, person: boolean, path: PathState | null): unknown {
    // A proxy can answer differently when the serializer reads it again: never pass one through.
    const proxy = isProxy(o);
    if (Array.isArray(o)) return this.#array(o, depth, kind, person, path);
    const proto: unknown = Object.getPrototypeOf(o);
    if (proto === Object.prototype || proto === null) {
      const toJSON = (o as { toJSON?: unknown }).toJSON;
      if (typeof toJSON === 'function') return this.#toJSON(o, toJSON, depth, kind, person, path);
      return this.#plain(o as Record<string, unknown>, depth, kind, person, path, proxy);
    }
    if (o instanceof Error || Object.prototype.toString.call(o) === '[object Error]') {
      return this.#error(o as Error, depth, kind, person, path);
    }
    if (o instanceof Date) return this.#leaf(Number.isNaN(o.getTime()) ? null : o.toISOString(), depth, kind, path);
    if (o instanceof Map) return this.#map(o, depth, kind, person, path);
    if (o instanceof Set) return this.#set(o, depth, kind, person, path);
    if (ArrayBuffer.isView(o) || o instanceof ArrayBuffer || o instanceof SharedArrayBuffer) {
      return kind !== null && kind !== safeKind ? this.#maskField(kind, '') : markers.binary;
    }
    if (o instanceof URL) return this.#leaf(o.href, depth, kind, path);
    if (o instanceof String || o instanceof Number || o instanceof Boolean) {
      return this.value(o.valueOf(), depth, kind, person, path);
    }
    if (o instanceof RegExp) return this.#leaf(String(o), depth, kind, path);
    if (o instanceof Promise || o instanceof WeakMap || o instanceof WeakSet || o instanceof WeakRef) return markers.opaque;
    const toJSON = (o as { toJSON?: unknown }).toJSON;
    if (typeof toJSON === 'function') return this.#toJSON(o, toJSON, depth, kind, person, path);
    return this.#plain(o as Record<string, unknown>, depth, kind, person, path, true);
  }

  #leaf(s: string | null, depth: number, kind: string | null, path: PathState | null): unknown {
    return s === null ? null : this.#string(s, depth, kind, path);
  }

  #toJSON(o: object, toJSON: Function, depth: number, kind: string | null, person: boolean, path: PathState | null): unknown {
    let json: unknown;
    try {
      json = toJSON.call(o, '');
    } catch {
      this.#tally.failure('ERR_REDACT_READ', 'serialize');
      return markers.unreadable;
    }
    if (json === o) return this.#plain(o as Record<string, unknown>, depth, kind, person, path, true);
    const out = this.value(json, depth + 1, kind, person, path);
    // The serializer writes `json`, never `o`: return a copy even when nothing changed.
    return out;
  }

  #array(a: readonly unknown[], depth: number, kind: string | null, person: boolean, path: PathState | null): unknown[] {
    const paths = this.#plan.fields.paths;
    // Always a copy: the caller's array is never handed back, so a serializer never re-reads an
    // index getter that answered differently the first time (it costs no measurable time).
    const out: unknown[] = [];
    const n = a.length;
    for (let i = 0; i < n; i++) {
      // Every item counts, so a huge or sparse array (length 2**32-1) stops at the budget.
      if (++this.#nodes > this.#plan.maxNodes) {
        this.#tally.limit('nodes');
        out.push(markers.limit);
        break;
      }
      let v: unknown;
      try {
        v = a[i];
      } catch {
        this.#tally.failure('ERR_REDACT_READ', 'walk');
        v = markers.unreadable;
      }
      let childKind = kind;
      let childPath: PathState | null = null;
      if (path !== null && paths !== null) {
        childPath = paths.step(path, String(i));
        if (childPath !== null) childKind = paths.match(childPath) ?? kind;
      }
      const r = this.value(v, depth + 1, childKind, person, childPath);
      out.push(r);
    }
    return out;
  }

  #plain(o: Record<string, unknown>, depth: number, kind: string | null, person: boolean, path: PathState | null, copy: boolean): unknown {
    const keys = Object.keys(o);
    let isPerson = person || this.#isPersonResource(o);
    let tags: Readonly<Record<string, string>> | undefined;
    const rules = this.#plan.objectRules;
    if (rules.length > 0) {
      for (let ri = 0; ri < rules.length; ri++) {
        const rule = rules[ri]!;
        let t: ObjectTags | undefined;
        try {
          t = rule(o, { person: isPerson });
        } catch {
          this.#tally.failure('ERR_REDACT_INTERNAL', 'walk');
          continue;
        }
        if (t === undefined) continue;
        if (t.person === true) isPerson = true;
        if (t.fields !== undefined) tags = tags === undefined ? t.fields : { ...tags, ...t.fields };
      }
    }
    const values: unknown[] = new Array(keys.length);
    let out: Record<string, unknown> | null = copy ? {} : null;
    for (let i = 0; i < keys.length; i++) {
      if (++this.#nodes > this.#plan.maxNodes) {
        this.#tally.limit('nodes');
        out ??= this.#copyPrefix(keys, values, i);
        setProp(out, markers.limit, markers.limit);
        break;
      }
      const key = keys[i]!;
      let v: unknown;
      try {
        v = o[key];
      } catch {
        // Copy now: returning the original would let the serializer hit the same getter.
        this.#tally.failure('ERR_REDACT_READ', 'walk');
        out ??= this.#copyPrefix(keys, values, i);
        v = markers.unreadable;
      }
      values[i] = v;
      const entry = this.#entry(key);
      const newKey = this.#keyOf(entry, key);
      const tag = tags !== undefined && Object.prototype.hasOwnProperty.call(tags, key) ? tags[key] : undefined;
      const r = this.#child(key, v, depth, kind, isPerson, path, tag === 'safe' ? safeKind : tag, entry.kc);
      if (out === null && (r !== v || newKey !== key)) out = this.#copyPrefix(keys, values, i);
      if (out !== null && r !== removed) {
        // Two keys that redact alike (`x 123-45-6789`, `x 078-05-1120`) must not overwrite each other.
        const k = newKey !== key && Object.prototype.hasOwnProperty.call(out, newKey) ? `${newKey}#${i}` : newKey;
        setProp(out, k, r);
      }
    }
    const symbols = Object.getOwnPropertySymbols(o);
    const seen: Array<[symbol, unknown]> = symbols.length > 0 ? [] : noSymbols;
    for (const sym of symbols) {
      if (!Object.prototype.propertyIsEnumerable.call(o, sym)) continue;
      let v: unknown;
      let failed = false;
      try {
        v = o[sym as unknown as string];
      } catch {
        this.#tally.failure('ERR_REDACT_READ', 'walk');
        v = markers.unreadable;
        failed = true;
      }
      const r = this.value(v, depth + 1, kind, isPerson, null);
      const desc = sym.description;
      const cleanSym = desc === undefined || this.#key(desc) === desc ? sym : Symbol('[REDACTED]');
      if (out === null && (failed || r !== v || cleanSym !== sym)) {
        // Copy the string keys and the symbol-keyed values already seen unchanged.
        out = this.#copyPrefix(keys, values, keys.length);
        for (const [s0, v0] of seen) (out as Record<symbol, unknown>)[s0] = v0;
      }
      if (out !== null) (out as Record<symbol, unknown>)[cleanSym] = r;
      else seen.push([sym, v]);
    }
    // Always a copy, built from the values read once: handing back the caller's object would let
    // a serializer call a getter again and get something we never saw.
    if (out === null) {
      out = this.#copyPrefix(keys, values, keys.length);
      for (const [s0, v0] of seen) (out as Record<symbol, unknown>)[s0] = v0;
    }
    return out;
  }

  #copyPrefix(keys: readonly string[], values: readonly unknown[], upTo: number): Record<string, unknown> {
    const out: Record<string, unknown> = {};
    for (let j = 0; j < upTo; j++) setProp(out, keys[j]!, values[j]);
    return out;
  }

  /** Walks one property value with the field rules its key brings. */
  #child(
    key: string,
    v: unknown,
    depth: number,
    kind: string | null,
    person: boolean,
    path: PathState | null,
    tagged?: string,
    kc: KeyClass = this.#entry(key).kc,
  ): unknown {
    let childKind: string | null;
    if (tagged !== undefined) {
      childKind = tagged;
    } else if (kind !== null && kind !== safeKind && kind !== envelopeKind) {
      childKind = kc.structural && kc.kind === null ? null : (kc.kind ?? kind);
    } else if (kc.kind !== null) {
      childKind = kind === safeKind && !this.#plan.fields.names.has(normalizeKey(key)) ? safeKind : kc.kind;
    } else if (person && kc.personKind !== null) {
      childKind = kc.personKind;
    } else if (kc.envelope && (depth === 0 || depth === this.#renderedRoot)) {
      childKind = envelopeKind;
    } else {
      childKind = kind === safeKind ? safeKind : null;
    }
    let childPath: PathState | null = null;
    const paths = this.#plan.fields.paths;
    if (path !== null && paths !== null) {
      childPath = paths.step(path, key);
      if (childPath !== null) childKind = paths.match(childPath) ?? childKind;
    }
    if (childKind !== null && this.#removes(childKind)) {
      this.#tally.field(childKind.split(strategySeparator)[0]!);
      return removed;
    }
    return this.value(v, depth + 1, childKind, person || kc.personContainer, childPath);
  }

  /** The key's cache entry (one lookup gives its class and its scan). */
  #entry(key: string): KeyEntry {
    const cache = this.#plan.keyCache;
    let e = cache.get(key);
    if (e === undefined) {
      // A key is classified as it will be written, mask tags left out (`new Date("[REDACTED:DATE]")`
      // reads as `new Date("")` on both passes), so redacting twice gives what redacting once gave.
      const scanner = this.#plan.scanner;
      const r = key.length <= 256 ? scanner.scan(key) : null;
      const shown = r === null ? key : r.text;
      const named = shown.includes('[REDACTED:') ? shown.replace(maskTags, '') : shown;
      e = { kc: classifyKey(named, this.#plan.fields.names), scan: r, gen: r === null ? -1 : scanner.generation };
      if (cache.size > 4096) cache.clear();
      cache.set(key, e);
    }
    return e;
  }

  /**
   * `#key(key)` for an object key, reusing the entry's scan while the scanner has not cleared
   * its cache since (then it scans again, as `#key` would, so the scanner's cache is the same).
   */
  #keyOf(entry: KeyEntry, key: string): string {
    if (key.length > 256 || key.length > this.#plan.maxStringLength) return this.#key(key);
    const scanner = this.#plan.scanner;
    let r = entry.scan;
    if (r === null || entry.gen !== scanner.generation) {
      r = scanner.scan(key);
      entry.scan = r;
      entry.gen = scanner.generation;
    }
    if (r.hits.length > 0) this.#tally.hits(r.hits);
    if (r.failed !== undefined) this.#tally.countFailures(r.failed);
    return r.text;
  }

  /** Keys are scanned like values (`{"123-45-6789": ...}`), never parsed as JSON. */
  #key(key: string): string {
    if (key.length > 256) {
      // Long keys count toward the record budget (short ones are cached scans, nearly free).
      this.#length += key.length;
      if (this.#length > this.#plan.maxTotalLength) {
        this.#tally.limit('total');
        return markers.limit;
      }
    }
    if (key.length > this.#plan.maxStringLength) {
      // Cut like values, then still scanned.
      this.#tally.limit('string');
      key = truncate(key, this.#plan.maxStringLength);
    }
    const r = this.#plan.scanner.scan(key);
    if (r.hits.length > 0) this.#tally.hits(r.hits);
    if (r.failed !== undefined) this.#tally.countFailures(r.failed);
    return r.text;
  }

  #isPersonResource(o: Record<string, unknown>): boolean {
    if (!Object.prototype.hasOwnProperty.call(o, 'resourceType')) return false;
    const rt = o.resourceType;
    return typeof rt === 'string' && this.#plan.personResources.has(rt);
  }

  #error(e: Error, depth: number, kind: string | null, person: boolean, path: PathState | null): unknown {
    const out: Record<string, unknown> = {};
    const read = (k: string): unknown => {
      try {
        return (e as unknown as Record<string, unknown>)[k];
      } catch {
        return markers.unreadable;
      }
    };
    const name = read('name');
    const ctorName = safeCtorName(e);
    out.type = this.value(typeof name === 'string' && name !== 'Error' ? name : ctorName ?? name, depth + 1, null, person, null);
    out.message = this.value(String(read('message') ?? ''), depth + 1, kind, person, null);
    const stack = read('stack');
    if (stack !== undefined) out.stack = this.value(typeof stack === 'string' ? stack : String(stack), depth + 1, kind, person, null);
    for (const key of Object.keys(e)) {
      if (key === 'message' || key === 'stack' || key === 'type') continue;
      const r = this.#child(key, read(key), depth, kind, person, path);
      if (r !== removed) setProp(out, this.#key(key), r);
    }
    const cause = read('cause');
    if (cause !== undefined && !Object.prototype.propertyIsEnumerable.call(e, 'cause')) {
      out.cause = this.value(cause, depth + 1, kind, person, null);
    }
    const errors = read('errors');
    if (Array.isArray(errors) && !Object.prototype.propertyIsEnumerable.call(e, 'errors')) {
      out.errors = this.value(errors, depth + 1, kind, person, null);
    }
    return out;
  }

  #map(m: Map<unknown, unknown>, depth: number, kind: string | null, person: boolean, path: PathState | null): unknown {
    const entries = this.#take(m.entries());
    if (entries.every(([k]) => typeof k === 'string')) {
      const o: Record<string, unknown> = {};
      for (const [k, v] of entries) setProp(o, k as string, v);
      return this.#plain(o, depth, kind, person, path, true);
    }
    return this.#array(entries, depth, kind, person, path);
  }

  #set(set: Set<unknown>, depth: number, kind: string | null, person: boolean, path: PathState | null): unknown {
    return this.#array(this.#take(set.values()), depth, kind, person, path);
  }

  /** Reads at most the remaining node budget from an iterator (a huge Map is not copied whole). */
  #take<T>(it: Iterator<T>): T[] {
    const room = Math.max(0, this.#plan.maxNodes - this.#nodes);
    const out: T[] = [];
    for (let r = it.next(); r.done !== true; r = it.next()) {
      if (out.length > room) break; // one extra item makes the walk report the limit
      out.push(r.value);
    }
    return out;
  }
}

/** Sets an own data property, also for keys such as `__proto__`. */
export function setProp(o: Record<string, unknown>, key: string, value: unknown): void {
  if (key === '__proto__') Object.defineProperty(o, key, { value, enumerable: true, writable: true, configurable: true });
  else o[key] = value;
}

/**
 * Cuts `s` to at most `max` characters including the marker. The cut moves back to the last
 * space within 64 characters so a value is not split in half; with no space, the last 64
 * characters go too (a half identifier would not match its pattern).
 */
export function truncate(s: string, max: number): string {
  let cut = Math.max(0, max - markers.truncated.length);
  const space = s.lastIndexOf(' ', cut);
  cut = space >= cut - 64 && space > 0 ? space : Math.max(0, cut - 64);
  // A number written with spaces (`123 45 6789`, `(555) 929 9025`) may straddle the cut: drop a
  // trailing run of digits and number punctuation too, so no half identifier stays.
  for (let steps = 0; cut > 0 && steps < 64 && isNumberChar(s.charCodeAt(cut - 1)); steps++) cut--;
  return s.slice(0, cut) + markers.truncated;
}

function isNumberChar(c: number): boolean {
  return (c >= 48 && c <= 57) || c === 32 || c === 40 || c === 41 || c === 43 || c === 45 || c === 46 || c === 47;
}

/**
 * A date-time and nothing else: digits and the punctuation of a date-time (`-:.,/ +TZ`), at most
 * 40 characters, with a time of day (`:`). A bare date (`1984-03-07`) is not an envelope stamp.
 */
function isTimestamp(s: string): boolean {
  if (s.length > 40 || s.indexOf(':') === -1) return false;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    const ok = (c >= 48 && c <= 58) || c === 45 || c === 46 || c === 44 || c === 47 || c === 32 || c === 43 || c === 84 || c === 90;
    if (!ok) return false;
  }
  return true;
}

function isCompactDate(s: string): boolean {
  if (s.length !== 8) return false;
  for (let i = 0; i < 8; i++) if (s.charCodeAt(i) < 48 || s.charCodeAt(i) > 57) return false;
  return validDay(Number(s.slice(0, 4)), Number(s.slice(4, 6)), Number(s.slice(6, 8)));
}

function parseJson(s: string): { value: unknown } | undefined {
  try {
    return { value: JSON.parse(s) as unknown };
  } catch {
    return undefined;
  }
}

function stringify(v: unknown): string {
  try {
    return JSON.stringify(v) ?? markers.unreadable;
  } catch {
    return markers.unreadable;
  }
}

function safeCtorName(e: object): string | undefined {
  try {
    const c = (e as { constructor?: { name?: unknown } }).constructor;
    return typeof c?.name === 'string' ? c.name : undefined;
  } catch {
    return undefined;
  }
}
