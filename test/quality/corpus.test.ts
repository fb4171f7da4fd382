/**
 * The development corpus floors (issues #2 and #3), scored with the corpus README's rules by
 * bench/score.ts — the same code `npm run quality` prints. A failure lists what leaked.
 */
import { describe, expect, it } from 'vitest';
import { loadCorpus, scoreCorpus } from '../../bench/score.js';
import { createRedactor } from '../../src/index.js';

const redactor = createRedactor({ onFailure: () => {} });
const score = scoreCorpus(loadCorpus(), (v) => redactor.redact(v));
const rate = (bad: number, total: number): number => (total === 0 ? 0 : bad / total);
const leaksOf = (kind: string): string[] => score.leaks.filter((l) => l.kind === kind).map((l) => `${l.id}: ${l.value}`);

describe('development corpus', () => {
  it('leaks no SSN', () => {
    expect(leaksOf('ssn')).toEqual([]);
  });

  it.each(['date', 'email', 'phone'])('leaks at most 1%% of %s strings', (kind) => {
    const t = score.byKind[kind]!;
    expect(rate(t.bad, t.total), leaksOf(kind).join('\n')).toBeLessThanOrEqual(0.01);
  });

  it('leaks at most 5% of any kind', () => {
    for (const [kind, t] of Object.entries(score.byKind)) {
      expect(rate(t.bad, t.total), `${kind}\n${leaksOf(kind).join('\n')}`).toBeLessThanOrEqual(0.05);
    }
  });

  it('leaks at most 2% of PHI strings overall (names included)', () => {
    expect(rate(score.phiLeaked, score.phiTotal)).toBeLessThanOrEqual(0.02);
  });

  it('keeps at least 97% of safe strings', () => {
    expect(rate(score.safeKept, score.safeTotal), score.lost.map((l) => `${l.id}: ${l.value}`).join('\n')).toBeGreaterThanOrEqual(0.97);
  });
});
