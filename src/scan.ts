import RE2 from 're2';
import type { CharNeed, Detector, RewriteHelpers } from './detector.js';
import { RedactionConfigError } from './errors.js';
import { mayHide, reveal } from './reveal.js';

/**
 * Compiles every detector once into one scanner. Per string: one pass over the characters
 * finds which character classes occur; detectors whose needs are unmet are skipped; an
 * `RE2.Set` over the rest says which patterns match anywhere; only those run, each with its own
 * global `RE2`. Candidates go through `confirm`, overlaps are merged (fail closed: the union is
 * masked), and the string is rebuilt once. Results for short strings are cached, because log
 * strings repeat (messages, hostnames, keys).
 */

/** One masked span in a scanned string. */
export interface Hit {
  readonly detector: number;
  readonly start: number;
  readonly end: number;
  /** Mask the whole span even if the detector rewrites (merged partial overlaps). */
  readonly whole?: boolean;
}

/** What scanning one string gave. `hits` is empty when nothing matched. */
export interface ScanResult {
  readonly text: string;
  /** Indexes into the scanner's detectors, one per masked span. */
  readonly hits: readonly number[];
  /** Values rewrites revealed in structured positions (`helpers.learn`), as `[kind, value]`. */
  readonly learned?: ReadonlyArray<readonly [string, string]>;
  /** Detector failures met while scanning (the candidates were masked); kept with cached results. */
  readonly failed?: number;
}

/** Called when a detector's `confirm` or `rewrite` throws; the span is masked whole. */
export type DetectorFailure = (detectorId: string) => void;

/** Masks a value of a kind; the redactor's strategy table. */
export type MaskFn = (kind: string, value: string) => string;

type RE2Set = InstanceType<typeof RE2.Set>;

const bitOf: Record<CharNeed, number> = {
  digit: 1,
  at: 2,
  upper: 4,
  colon: 8,
  pipe: 16,
  percent: 32,
  letter: 64,
};

const maxLearned = 64;
const cacheMaxEntries = 8192;
/** How many times its length a string may be re-scanned after rejected candidates. */
const rescanFactor = 4;
const cacheMaxLength = 256;
const clean: readonly number[] = Object.freeze([]);

interface Compiled {
  readonly detector: Detector;
  readonly need: number;
  readonly re: RE2;
}

export class Scanner {
  readonly detectors: readonly Detector[];
  readonly #compiled: readonly Compiled[];
  readonly #sets: readonly SetPart[];
  readonly #mask: MaskFn;
  readonly #onFailure: DetectorFailure;
  #failures = 0;
  readonly #cache = new Map<string, ScanResult>();
  /** Counts clears of the result cache: a caller keeping results by string re-asks after one. */
  #generation = 0;
  readonly #helpers: RewriteHelpers;
  /** Where `helpers.learn` writes while a rewrite runs; null otherwise. */
  #learned: Array<[string, string]> | null = null;

  constructor(detectors: readonly Detector[], mask: MaskFn, onFailure: DetectorFailure) {
    this.detectors = detectors;
    this.#mask = mask;
    // Every detector failure is also counted, so each scan's result can say how many it met.
    this.#onFailure = (id) => {
      this.#failures++;
      onFailure(id);
    };
    this.#compiled = detectors.map((d) => compile(d));
    this.#sets = detectors.length > 0 ? buildSets(detectors, 0) : [];
    this.#helpers = {
      mask: (kind, value) => this.#mask(kind, value),
      scan: (text) => this.scan(text).text,
      learn: (kind, value) => {
        if (this.#learned !== null && this.#learned.length < maxLearned) this.#learned.push([kind, value]);
      },
    };
  }

  /** Bumped each time the result cache is cleared (see `Walk`'s key cache). */
  get generation(): number {
    return this.#generation;
  }

  /** Redacts `text`. Never throws for detector failures: the candidate span is masked. */
  scan(text: string): ScanResult {
    if (text.length === 0 || this.#sets.length === 0) return { text, hits: clean };
    const cacheable = text.length <= cacheMaxLength;
    if (cacheable) {
      const cached = this.#cache.get(text);
      if (cached !== undefined) return cached;
    }
    const before = this.#failures;
    const scanned = this.#scanUncached(text);
    const result = this.#failures === before ? scanned : { ...scanned, failed: this.#failures - before };
    if (cacheable) {
      if (this.#cache.size >= cacheMaxEntries) {
        this.#cache.clear();
        this.#generation++;
      }
      this.#cache.set(text, result);
    }
    return result;
  }

  #scanUncached(text: string): ScanResult {
    const direct = this.#scanPlain(text);
    // Encodings and invisible characters can hide an identifier from every pattern: when the
    // scanned text still holds any, scan the revealed text too and keep it if that finds more.
    if (!mayHide(direct.text)) return direct;
    const plain = reveal(direct.text);
    if (plain === direct.text) return direct;
    const again = this.#scanPlain(plain);
    if (again.hits.length === 0) return direct;
    const learned = [...(direct.learned ?? []), ...(again.learned ?? [])];
    const result = { text: again.text, hits: [...direct.hits, ...again.hits] };
    return learned.length > 0 ? { ...result, learned } : result;
  }

  #scanPlain(text: string): ScanResult {
    const present = charClasses(text);
    if (!this.#anyEligible(present)) return { text, hits: clean };
    const matched = this.#match(text);
    if (matched.length === 0) return { text, hits: clean };
    const spans: Hit[] = [];
    for (const index of matched) {
      const c = this.#compiled[index]!;
      if ((present & c.need) !== c.need) continue;
      collect(c, index, text, spans, this.#onFailure);
    }
    if (spans.length === 0) return { text, hits: clean };
    return this.#rebuild(text, merge(spans, this.#compiled));
  }

  #match(text: string): readonly number[] {
    const sets = this.#sets;
    if (sets.length === 1) return sets[0]!.set.match(text);
    const all: number[] = [];
    for (const part of sets) for (const i of part.set.match(text)) all.push(part.offset + i);
    return all;
  }

  #anyEligible(present: number): boolean {
    for (const c of this.#compiled) if ((present & c.need) === c.need) return true;
    return false;
  }

  #rebuild(text: string, spans: readonly Hit[]): ScanResult {
    let out = '';
    let at = 0;
    const hits: number[] = [];
    let learned: Array<[string, string]> | null = null;
    for (const span of spans) {
      const d = this.#compiled[span.detector]!.detector;
      const value = text.slice(span.start, span.end);
      let replacement: string;
      if (d.rewrite && span.whole !== true) {
        const outer = this.#learned;
        this.#learned = learned ??= [];
        try {
          replacement = d.rewrite(value, this.#helpers);
        } catch {
          this.#onFailure(d.id);
          replacement = this.#mask(d.kind, value);
        } finally {
          this.#learned = outer;
        }
        if (replacement === value) continue;
      } else {
        replacement = this.#mask(d.kind, value);
      }
      out += text.slice(at, span.start) + replacement;
      at = span.end;
      hits.push(span.detector);
    }
    if (hits.length === 0) return { text, hits: clean };
    const result = { text: out + text.slice(at), hits };
    return learned !== null && learned.length > 0 ? { ...result, learned } : result;
  }
}

function compile(d: Detector): Compiled {
  let re: RE2;
  try {
    re = new RE2(d.source, d.ignoreCase ? 'giu' + (d.group > 0 ? 'd' : '') : 'gu' + (d.group > 0 ? 'd' : ''));
  } catch {
    throw new RedactionConfigError(`detector ${d.id}: source is not valid RE2 syntax`);
  }
  if (re.test('')) throw new RedactionConfigError(`detector ${d.id}: source matches the empty string`);
  let need = 0;
  for (const n of d.needs) need |= bitOf[n];
  return { detector: d, need, re };
}

/** One `RE2.Set` over a run of detectors starting at `offset`. */
interface SetPart {
  readonly set: RE2Set;
  readonly offset: number;
}

/**
 * One set over all detectors when RE2's memory budget allows it; otherwise the list is halved
 * until each part compiles (large name patterns can exceed the budget together).
 */
function buildSets(detectors: readonly Detector[], offset: number): SetPart[] {
  const sources = detectors.map((d) => (d.ignoreCase ? `(?i:${d.source})` : `(?:${d.source})`));
  try {
    return [{ set: new RE2.Set(sources, 'u', { anchor: 'unanchored' }), offset }];
  } catch {
    if (detectors.length === 1) {
      throw new RedactionConfigError(`detector ${detectors[0]!.id}: the pattern could not be compiled into a set`);
    }
  }
  const half = detectors.length >> 1;
  return [...buildSets(detectors.slice(0, half), offset), ...buildSets(detectors.slice(half), offset + half)];
}

/**
 * Finds every confirmed candidate of one detector. A rejected candidate resumes one character
 * on (a real match may start inside it), but only while the text scanned twice stays within
 * `rescanFactor` times the string: past that it resumes after the candidate, so an unbounded
 * pattern rejected over and over (`@` storms, long digit runs) cannot go quadratic.
 */
function collect(c: Compiled, index: number, text: string, spans: Hit[], onFailure: DetectorFailure): void {
  const { re, detector } = c;
  re.lastIndex = 0;
  let rescanBudget = rescanFactor * text.length + 4096;
  let m: RegExpExecArray | null;
  while ((m = re.exec(text)) !== null) {
    let start = m.index;
    let end = start + m[0].length;
    const after = Math.max(end, m.index + 1);
    if (detector.group > 0) {
      const span = (m as RegExpExecArray & { indices?: Array<[number, number] | undefined> }).indices?.[detector.group];
      if (span === undefined) {
        rescanBudget -= after - m.index - 1;
        re.lastIndex = rescanBudget > 0 ? m.index + 1 : after;
        continue;
      }
      [start, end] = span;
    }
    let ok = true;
    if (detector.confirm) {
      try {
        const verdict: unknown = detector.confirm(text, start, end);
        // A number trims the span to end there; one outside the span masks it whole (fail closed).
        if (typeof verdict === 'number') end = verdict > start && verdict <= end ? verdict : end;
        else ok = verdict === true;
      } catch {
        onFailure(detector.id);
        ok = true; // fail closed: a detector that cannot decide masks
      }
    }
    if (ok && end > start) {
      spans.push({ detector: index, start, end });
      re.lastIndex = Math.max(end, m.index + 1);
    } else {
      rescanBudget -= after - m.index - 1;
      re.lastIndex = rescanBudget > 0 ? m.index + 1 : after;
    }
    if (re.lastIndex > text.length) break;
  }
}

/**
 * Sorts spans and merges overlaps. A span that contains another keeps its detector (a URL
 * rewrite contains an e-mail); partial overlaps become one span masked whole.
 */
function merge(spans: Hit[], compiled: readonly Compiled[]): Hit[] {
  spans.sort((a, b) => a.start - b.start || b.end - a.end || compiled[b.detector]!.detector.priority - compiled[a.detector]!.detector.priority);
  const out: Hit[] = [];
  for (const s of spans) {
    const last = out[out.length - 1];
    if (last === undefined || s.start >= last.end) {
      out.push(s);
      continue;
    }
    if (s.end <= last.end) continue; // contained
    // Partial overlap: one span over both, masked whole as the longer one's kind.
    const longer = s.end - s.start > last.end - last.start ? s.detector : last.detector;
    out[out.length - 1] = { detector: longer, start: last.start, end: s.end, whole: true };
  }
  return out;
}

/** Bit set of the character classes present in `text` (see `bitOf`). */
function charClasses(text: string): number {
  let bits = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c >= 48 && c <= 57) bits |= 1;
    else if (c >= 65 && c <= 90) bits |= 4 | 64;
    else if (c >= 97 && c <= 122) bits |= 64;
    else if (c === 64) bits |= 2;
    else if (c === 58) bits |= 8;
    else if (c === 124) bits |= 16;
    else if (c === 37) bits |= 32;
    else if (c > 127) bits |= 64;
    if (bits === 127) break;
  }
  return bits;
}
