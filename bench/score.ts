/**
 * Scoring used by `npm run quality` and by the corpus test: the rules of the corpus README.
 * A PHI string leaks if it still occurs, case-sensitively, in a string (or number) leaf or key
 * of the output (values of three characters or fewer only at word boundaries); a safe string is
 * kept if it still occurs.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

export interface CorpusCase {
  readonly id: string;
  readonly source: string;
  readonly shape: string;
  readonly input: unknown;
  readonly phi: readonly string[];
  readonly safe: readonly string[];
  readonly phi_kinds: Readonly<Record<string, string>>;
  readonly tags: readonly string[];
  readonly template: string;
}

export interface PeerVector {
  readonly source: string;
  readonly kind: string;
  readonly input: string;
  readonly expect: 'detect' | 'ignore';
  readonly match?: string;
  readonly disputed?: boolean;
  readonly note?: string;
}

const fixtures = fileURLToPath(new URL('../test/fixtures/', import.meta.url));

export function loadCorpus(): CorpusCase[] {
  return readFileSync(fixtures + 'corpus-dev.ndjson', 'utf8')
    .split('\n')
    .filter((l) => l.trim().length > 0)
    .map((l) => JSON.parse(l) as CorpusCase);
}

export function loadPeerVectors(): PeerVector[] {
  return JSON.parse(readFileSync(fixtures + 'peer-vectors-dev.json', 'utf8')) as PeerVector[];
}

/** Every string leaf, number leaf (as written) and key of `value`. */
export function leaves(value: unknown, out: string[] = [], depth = 0): string[] {
  if (depth > 200) return out;
  if (typeof value === 'string') out.push(value);
  else if (typeof value === 'number' || typeof value === 'bigint') out.push(String(value));
  else if (Array.isArray(value)) for (const v of value) leaves(v, out, depth + 1);
  else if (value !== null && typeof value === 'object') {
    for (const [k, v] of Object.entries(value)) {
      out.push(k);
      leaves(v, out, depth + 1);
    }
  }
  return out;
}

/** True when `needle` occurs in one of `hay` (at word boundaries for short needles). */
export function occurs(hay: readonly string[], needle: string): boolean {
  if (needle.length > 3) return hay.some((h) => h.includes(needle));
  return hay.some((h) => {
    let at = h.indexOf(needle);
    while (at !== -1) {
      const before = at === 0 ? '' : h[at - 1]!;
      const after = h[at + needle.length] ?? '';
      if (!/[\p{L}\p{N}]/u.test(before) && !/[\p{L}\p{N}]/u.test(after)) return true;
      at = h.indexOf(needle, at + 1);
    }
    return false;
  });
}

export interface Tally {
  total: number;
  bad: number;
}

export interface CorpusScore {
  phiTotal: number;
  phiLeaked: number;
  safeTotal: number;
  safeKept: number;
  readonly byKind: Record<string, Tally>;
  readonly byShape: Record<string, Tally>;
  readonly leaks: Array<{ id: string; kind: string; value: string }>;
  readonly lost: Array<{ id: string; value: string }>;
}

/** Scores `redact` over the corpus. */
export function scoreCorpus(cases: readonly CorpusCase[], redact: (v: unknown) => unknown): CorpusScore {
  const score: CorpusScore = { phiTotal: 0, phiLeaked: 0, safeTotal: 0, safeKept: 0, byKind: {}, byShape: {}, leaks: [], lost: [] };
  for (const c of cases) {
    const out = leaves(redact(c.input));
    for (const p of c.phi) {
      const kind = c.phi_kinds[p] ?? 'unknown';
      const leaked = occurs(out, p);
      score.phiTotal++;
      bump(score.byKind, kind, leaked);
      bump(score.byShape, c.shape, leaked);
      if (leaked) {
        score.phiLeaked++;
        score.leaks.push({ id: c.id, kind, value: p });
      }
    }
    for (const s of c.safe) {
      score.safeTotal++;
      if (occurs(out, s)) score.safeKept++;
      else score.lost.push({ id: c.id, value: s });
    }
  }
  return score;
}

function bump(t: Record<string, Tally>, key: string, bad: boolean): void {
  const e = (t[key] ??= { total: 0, bad: 0 });
  e.total++;
  if (bad) e.bad++;
}

export interface PeerScore {
  readonly detect: Tally & { readonly missed: PeerVector[] };
  readonly ignore: Tally & { readonly touched: PeerVector[] };
}

/** Scores `redactString` over the peer vectors (disputed ones aside). */
export function scorePeers(vectors: readonly PeerVector[], redactString: (s: string) => string): PeerScore {
  const score: PeerScore = { detect: { total: 0, bad: 0, missed: [] }, ignore: { total: 0, bad: 0, touched: [] } };
  for (const v of vectors) {
    if (v.disputed) continue;
    const out = redactString(v.input);
    if (v.expect === 'detect') {
      score.detect.total++;
      if (v.match !== undefined && out.includes(v.match)) {
        score.detect.bad++;
        score.detect.missed.push(v);
      }
    } else {
      score.ignore.total++;
      if (out !== v.input) {
        score.ignore.bad++;
        score.ignore.touched.push(v);
      }
    }
  }
  return score;
}

export function pct(bad: number, total: number): string {
  return total === 0 ? '-' : ((100 * bad) / total).toFixed(1) + '%';
}
