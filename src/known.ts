import type { MaskFn } from './mask.js';
import type { Tally } from './report.js';
import { isAlnumCode } from './validate.js';

/**
 * Values a record reveals in structured fields (a patient's name, MRN, date of birth, id) are
 * masked wherever else they occur in the same record: narratives, messages, `urn:uuid:`
 * references. The walk collects them; this second pass runs only when it collected any.
 */

/** Raw value to its kind, collected during one walk. */
export type KnownValues = Map<string, string>;

/** Occurrences masked one by one in a string before it is masked whole. */
const maxSpans = 1024;
const maxNeedles = 256;
const stopWords = new Set([
  'redacted', 'the', 'and', 'of', 'de', 'la', 'le', 'van', 'von', 'der', 'del', 'da', 'jr', 'sr',
  'ii', 'iii', 'mr', 'mrs', 'ms', 'dr', 'md', 'null', 'true', 'false', 'none', 'unknown', 'name',
  'official', 'usual', 'home', 'work', 'mobile', 'phone', 'email',
]);

interface Needle {
  readonly text: string;
  readonly kind: string;
  /** Printable ASCII characters of `text` as bits (codes 32-63, 64-95, 96-127; see `charBits`). */
  readonly bits: CharBits;
}

/** Which printable ASCII characters a string holds, one bit per code in three words. */
interface CharBits {
  b0: number;
  b1: number;
  b2: number;
}

/** Masks every occurrence of a known value in the string leaves of `value` (copy on write). */
export function replaceKnown(value: unknown, known: KnownValues, mask: MaskFn, tally: Tally): unknown {
  const needles = needlesOf(known);
  if (needles.length === 0) return value;
  // Sorted longest first: no string shorter than the last needle can contain any of them.
  const shortest = needles[needles.length - 1]!.text.length;
  return replaceIn(value, needles, shortest, mask, tally, 0);
}

function needlesOf(known: KnownValues): Needle[] {
  const seen = new Map<string, string>();
  for (const [raw, kind] of known) {
    if (raw.startsWith('[REDACTED')) continue;
    if (kind !== 'name') {
      addNeedle(seen, raw.trim(), kind, 4);
      continue;
    }
    // The parts between runs of whitespace, `,`, `^`, `|` and `/` (as `split(/[\s,^|/]+/)`).
    let start = 0;
    for (let i = 0; i < raw.length; i++) {
      if (!isNameSeparator(raw.charCodeAt(i))) continue;
      if (i > start) addNeedle(seen, raw.slice(start, i), kind, 2);
      start = i + 1;
    }
    if (start < raw.length) addNeedle(seen, start === 0 ? raw : raw.slice(start), kind, 2);
  }
  const needles: Needle[] = [];
  for (const [text, kind] of seen) needles.push({ text, kind, bits: charBits(text, { b0: 0, b1: 0, b2: 0 }) });
  sortLongestFirst(needles);
  return needles.length > maxNeedles ? needles.slice(0, maxNeedles) : needles;
}

/** Stable sort by decreasing length (as `sort((a, b) => b.text.length - a.text.length)`). */
function sortLongestFirst(needles: Needle[]): void {
  // Insertion sort is cheaper than a comparator sort for the few needles a record has.
  if (needles.length > 32) {
    needles.sort((a, b) => b.text.length - a.text.length);
    return;
  }
  for (let i = 1; i < needles.length; i++) {
    const cur = needles[i]!;
    let j = i;
    while (j > 0 && needles[j - 1]!.text.length < cur.text.length) {
      needles[j] = needles[j - 1]!;
      j--;
    }
    needles[j] = cur;
  }
}

/** Trims `.'"()-` from both ends of `part` and records it (or a date's forms) unless too short or a stop word. */
function addNeedle(seen: Map<string, string>, part: string, kind: string, min: number): void {
  let from = 0;
  let to = part.length;
  while (from < to && isTrimmed(part.charCodeAt(from))) from++;
  while (to > from && isTrimmed(part.charCodeAt(to - 1))) to--;
  if (to - from < min) return;
  const p = from === 0 && to === part.length ? part : part.slice(from, to);
  const lower = p.toLowerCase();
  if (stopWords.has(lower)) return;
  if (kind === 'date') {
    for (const form of dateForms(p)) seen.set(form, kind);
    return;
  }
  seen.set(lower, kind);
}

/** True when `s` has `n` ASCII digits from `at`. */
function digitsAt(s: string, at: number, n: number): boolean {
  if (at + n > s.length) return false;
  for (let i = at; i < at + n; i++) {
    const c = s.charCodeAt(i);
    if (c < 48 || c > 57) return false;
  }
  return true;
}

/** `.`, `'`, `"`, `(`, `)`, `-`. */
function isTrimmed(c: number): boolean {
  return c === 46 || c === 39 || c === 34 || c === 40 || c === 41 || c === 45;
}

/** What `/[\s,^|/]/` matches: JS whitespace and line terminators, `,`, `^`, `|`, `/`. */
function isNameSeparator(c: number): boolean {
  if (c < 128) return c === 32 || (c >= 9 && c <= 13) || c === 44 || c === 94 || c === 124 || c === 47;
  return (
    c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) || c === 0x2028 || c === 0x2029 ||
    c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff
  );
}

/**
 * The written forms of a learned date: an ISO date (or the date part of a date-time) or an HL7
 * `YYYYMMDD` value is also found as `YYYYMMDD`, `YYYY-MM-DD`, `MM/DD/YYYY`, `M/D/YYYY`,
 * `DD.MM.YYYY` and `YYYY/MM/DD`. Anything else is matched as written.
 */
export function dateForms(value: string): string[] {
  // As /^(\d{4})-?(\d{2})-?(\d{2})(?:$|[T ]|\d{2})/, without a regex.
  let i = 4;
  if (!digitsAt(value, 0, 4)) return value.length >= 4 ? [value.toLowerCase()] : [];
  if (value.charCodeAt(i) === 45) i++;
  const moAt = i;
  if (!digitsAt(value, i, 2)) return value.length >= 4 ? [value.toLowerCase()] : [];
  i += 2;
  if (value.charCodeAt(i) === 45) i++;
  const dAt = i;
  if (!digitsAt(value, i, 2)) return value.length >= 4 ? [value.toLowerCase()] : [];
  i += 2;
  const next = value.charCodeAt(i);
  if (!(i === value.length || next === 84 || next === 32 || digitsAt(value, i, 2))) return value.length >= 4 ? [value.toLowerCase()] : [];
  const y = value.slice(0, 4);
  const mo = value.slice(moAt, moAt + 2);
  const d = value.slice(dAt, dAt + 2);
  const forms = [y + mo + d, y + '-' + mo + '-' + d, mo + '/' + d + '/' + y, d + '.' + mo + '.' + y, y + '/' + mo + '/' + d];
  // `${Number(mo)}/${Number(d)}/${y}`, added unless it is the `MM/DD/YYYY` form already.
  if (mo.charCodeAt(0) === 48 || d.charCodeAt(0) === 48) forms.push((mo.charCodeAt(0) === 48 ? mo[1]! : mo) + '/' + (d.charCodeAt(0) === 48 ? d[1]! : d) + '/' + y);
  return forms;
}

function replaceIn(v: unknown, needles: readonly Needle[], shortest: number, mask: MaskFn, tally: Tally, depth: number): unknown {
  if (typeof v === 'string') return v.length < shortest ? v : replaceString(v, needles, mask, tally);
  if (typeof v !== 'object' || v === null || depth > 64) return v;
  if (Array.isArray(v)) {
    let out: unknown[] | null = null;
    for (let i = 0; i < v.length; i++) {
      const r = replaceIn(v[i], needles, shortest, mask, tally, depth + 1);
      if (out === null && r !== v[i]) out = v.slice(0, i);
      if (out !== null) out.push(r);
    }
    return out ?? v;
  }
  const o = v as Record<string, unknown>;
  let out: Record<string, unknown> | null = null;
  const keys = Object.keys(o);
  for (let i = 0; i < keys.length; i++) {
    const k = keys[i]!;
    let cur: unknown;
    try {
      cur = o[k];
    } catch {
      cur = undefined;
    }
    const r = replaceIn(cur, needles, shortest, mask, tally, depth + 1);
    if (out === null && r !== cur) {
      out = {};
      for (let j = 0; j < i; j++) define(out, keys[j]!, o[keys[j]!]);
    }
    if (out !== null) define(out, k, r);
  }
  // Symbol-keyed values (winston's rendered line under Symbol.for('message')) are text too.
  const symbols = Object.getOwnPropertySymbols(o);
  if (symbols.length === 0) return out ?? v;
  const sv = o as unknown as Record<symbol, unknown>;
  const replaced = symbols.map((s) => replaceIn(sv[s], needles, shortest, mask, tally, depth + 1));
  if (out === null && replaced.every((r, i) => r === sv[symbols[i]!])) return v;
  out ??= Object.fromEntries(keys.map((k) => [k, o[k]]));
  symbols.forEach((s, i) => ((out as unknown as Record<symbol, unknown>)[s] = replaced[i]));
  return out;
}

function define(o: Record<string, unknown>, k: string, value: unknown): void {
  if (k === '__proto__') Object.defineProperty(o, k, { value, enumerable: true, writable: true, configurable: true });
  else o[k] = value;
}

/**
 * Sets in `into` the bits of the printable ASCII characters of `s` (others are ignored), and
 * returns it. A needle whose bits are not all in a string's bits cannot occur in it.
 */
function charBits(s: string, into: CharBits): CharBits {
  let b0 = 0;
  let b1 = 0;
  let b2 = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c >= 96) {
      if (c < 128) b2 |= 1 << (c - 96);
    } else if (c >= 64) b1 |= 1 << (c - 64);
    else if (c >= 32) b0 |= 1 << (c - 32);
  }
  into.b0 = b0;
  into.b1 = b1;
  into.b2 = b2;
  return into;
}

/** Bits of `s.toLowerCase()` when `s` is ASCII (no lower-casing needed), else null. */
function asciiLowerBits(s: string, into: CharBits): CharBits | null {
  let b0 = 0;
  let b1 = 0;
  let b2 = 0;
  for (let i = 0; i < s.length; i++) {
    let c = s.charCodeAt(i);
    if (c >= 128) return null;
    if (c >= 65 && c <= 90) c += 32;
    if (c >= 96) b2 |= 1 << (c - 96);
    else if (c >= 64) b1 |= 1 << (c - 64);
    else if (c >= 32) b0 |= 1 << (c - 32);
  }
  into.b0 = b0;
  into.b1 = b1;
  into.b2 = b2;
  return into;
}

function within(n: CharBits, hay: CharBits): boolean {
  return ((n.b0 & ~hay.b0) | (n.b1 & ~hay.b1) | (n.b2 & ~hay.b2)) === 0;
}

const hayBits: CharBits = { b0: 0, b1: 0, b2: 0 };

function replaceString(s: string, needles: readonly Needle[], mask: MaskFn, tally: Tally): string {
  if (s.length < 2) return s;
  // Needles whose characters the string lacks are skipped; an ASCII string that can hold none of
  // them is not even lower-cased.
  let lower: string;
  let hay: string;
  if (asciiLowerBits(s, hayBits) !== null) {
    let possible = false;
    for (const n of needles) {
      if (within(n.bits, hayBits)) {
        possible = true;
        break;
      }
    }
    if (!possible) return s;
    hay = lower = s.toLowerCase();
  } else {
    lower = s.toLowerCase();
    hay = lower.length === s.length ? lower : s;
    charBits(hay, hayBits);
  }
  // Every occurrence is collected, then the union is masked in one sorted sweep: linear in the
  // number of occurrences. Past a bounded amount of work or occurrences (a string built to repeat
  // a learned value), the whole string is masked instead (fail closed, bounded output).
  const spans: Array<[number, number, string]> = [];
  let budget = 4 * s.length + 4096;
  for (const n of needles) {
    if (!within(n.bits, hayBits)) continue;
    let at = hay.indexOf(n.text);
    while (at !== -1) {
      if (--budget < 0 || spans.length >= maxSpans) {
        tally.count(n.kind, 'known-value');
        return mask(n.kind, s);
      }
      const end = at + n.text.length;
      if (boundary(s, at - 1) && boundary(s, end) && capitalOk(s, at, n)) {
        spans.push([at, end, n.kind]);
        at = hay.indexOf(n.text, end);
      } else {
        at = hay.indexOf(n.text, at + 1);
      }
    }
  }
  if (spans.length === 0) return s;
  spans.sort((a, b) => a[0] - b[0] || b[1] - a[1]);
  let out = '';
  let at = 0;
  for (const [start, end, kind] of spans) {
    if (end <= at) continue;
    const from = Math.max(start, at);
    out += s.slice(at, from) + mask(kind, s.slice(from, end));
    at = end;
    tally.count(kind, 'known-value');
  }
  return out + s.slice(at);
}

/** A short name (`May`, `See`, `Yi`) is masked only where capitalised, so `may retry` stays. */
function capitalOk(s: string, at: number, n: Needle): boolean {
  if (n.kind !== 'name' || n.text.length > 4) return true;
  const c = s.charCodeAt(at);
  return !(c >= 97 && c <= 122);
}

function boundary(s: string, i: number): boolean {
  if (i < 0 || i >= s.length) return true;
  const c = s.charCodeAt(i);
  return !isAlnumCode(c) && c < 128 ? true : c >= 128 ? !/\p{L}|\p{N}/u.test(s[i]!) : false;
}

