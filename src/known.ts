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

const maxNeedles = 256;
const stopWords = new Set([
  'redacted', 'the', 'and', 'of', 'de', 'la', 'le', 'van', 'von', 'der', 'del', 'da', 'jr', 'sr',
  'ii', 'iii', 'mr', 'mrs', 'ms', 'dr', 'md', 'null', 'true', 'false', 'none', 'unknown', 'name',
  'official', 'usual', 'home', 'work', 'mobile', 'phone', 'email',
]);

interface Needle {
  readonly text: string;
  readonly kind: string;
}

/** Masks every occurrence of a known value in the string leaves of `value` (copy on write). */
export function replaceKnown(value: unknown, known: KnownValues, mask: MaskFn, tally: Tally): unknown {
  const needles = needlesOf(known);
  if (needles.length === 0) return value;
  return replaceIn(value, needles, mask, tally, 0);
}

function needlesOf(known: KnownValues): Needle[] {
  const seen = new Map<string, string>();
  for (const [raw, kind] of known) {
    if (raw.startsWith('[REDACTED')) continue;
    const parts = kind === 'name' ? raw.split(/[\s,^|/]+/) : [raw.trim()];
    for (const part of parts) {
      const p = part.replace(/^[.'"()-]+|[.'"()-]+$/g, '');
      const min = kind === 'name' ? 2 : 4;
      if (p.length < min || stopWords.has(p.toLowerCase())) continue;
      if (kind === 'date') {
        for (const form of dateForms(p)) seen.set(form, kind);
        continue;
      }
      seen.set(p.toLowerCase(), kind);
    }
  }
  return [...seen]
    .map(([text, kind]) => ({ text, kind }))
    .sort((a, b) => b.text.length - a.text.length)
    .slice(0, maxNeedles);
}

/**
 * The written forms of a learned date: an ISO date (or the date part of a date-time) or an HL7
 * `YYYYMMDD` value is also found as `YYYYMMDD`, `YYYY-MM-DD`, `MM/DD/YYYY`, `M/D/YYYY`,
 * `DD.MM.YYYY` and `YYYY/MM/DD`. Anything else is matched as written.
 */
export function dateForms(value: string): string[] {
  const m = /^(\d{4})-?(\d{2})-?(\d{2})(?:$|[T ]|\d{2})/.exec(value);
  if (m === null) return value.length >= 4 ? [value.toLowerCase()] : [];
  const [, y, mo, d] = m as unknown as [string, string, string, string];
  const forms = [`${y}${mo}${d}`, `${y}-${mo}-${d}`, `${mo}/${d}/${y}`, `${d}.${mo}.${y}`, `${y}/${mo}/${d}`];
  const short = `${Number(mo)}/${Number(d)}/${y}`;
  if (!forms.includes(short)) forms.push(short);
  return forms;
}

function replaceIn(v: unknown, needles: readonly Needle[], mask: MaskFn, tally: Tally, depth: number): unknown {
  if (typeof v === 'string') return replaceString(v, needles, mask, tally);
  if (typeof v !== 'object' || v === null || depth > 64) return v;
  if (Array.isArray(v)) {
    let out: unknown[] | null = null;
    for (let i = 0; i < v.length; i++) {
      const r = replaceIn(v[i], needles, mask, tally, depth + 1);
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
    const r = replaceIn(cur, needles, mask, tally, depth + 1);
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
  const replaced = symbols.map((s) => replaceIn(sv[s], needles, mask, tally, depth + 1));
  if (out === null && replaced.every((r, i) => r === sv[symbols[i]!])) return v;
  out ??= Object.fromEntries(keys.map((k) => [k, o[k]]));
  symbols.forEach((s, i) => ((out as unknown as Record<symbol, unknown>)[s] = replaced[i]));
  return out;
}

function define(o: Record<string, unknown>, k: string, value: unknown): void {
  if (k === '__proto__') Object.defineProperty(o, k, { value, enumerable: true, writable: true, configurable: true });
  else o[k] = value;
}

function replaceString(s: string, needles: readonly Needle[], mask: MaskFn, tally: Tally): string {
  if (s.length < 2) return s;
  const lower = s.toLowerCase();
  const hay = lower.length === s.length ? lower : s;
  const spans: Array<[number, number, string]> = [];
  for (const n of needles) {
    let at = hay.indexOf(n.text);
    while (at !== -1) {
      const end = at + n.text.length;
      if (boundary(s, at - 1) && boundary(s, end) && capitalOk(s, at, n) && !covered(spans, at, end)) spans.push([at, end, n.kind]);
      at = hay.indexOf(n.text, at + 1);
    }
  }
  if (spans.length === 0) return s;
  spans.sort((a, b) => a[0] - b[0]);
  let out = '';
  let at = 0;
  for (const [start, end, kind] of spans) {
    if (start < at) continue;
    out += s.slice(at, start) + mask(kind, s.slice(start, end));
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

function covered(spans: ReadonlyArray<[number, number, string]>, start: number, end: number): boolean {
  return spans.some(([a, b]) => start < b && end > a);
}
