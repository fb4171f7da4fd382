/**
 * pino with and without redaction, over the same seeded workload, writing to a no-op sink:
 * (a) bare pino, (b) pino's own `redact` with wildcard paths for the dictionary's main keys,
 * (c) pino + `withRedaction()` with default options. One case = one log call.
 */
import { pino, type Logger } from 'pino';
import { withRedaction } from '../adapters/pino.js';
import type { BenchGroup } from './print.js';
import { makeWorkload, pinoRedactPaths, type LogCall } from './workload.js';

/** Case names, used by `ratios` and by the README. */
export const pinoCases = {
  bare: '(a) pino',
  pinoRedact: '(b) pino + redact, 48 paths (depth 1-4)',
  pinoRedactShallow: "(b') pino + redact, 24 paths (depth 1-2)",
  ours: '(c) pino + withRedaction()',
} as const;

/** A destination that drops lines but keeps a running size, so the writes are not dead code. */
export function sink(): { write(line: string): void; bytes: number } {
  return {
    bytes: 0,
    write(line: string) {
      this.bytes += line.length;
    },
  };
}

/** Logs call `i` of `calls` (wrapping around) through `logger`. */
export function logger(calls: readonly LogCall[], log: Logger): () => void {
  let i = 0;
  return () => {
    const call = calls[i++ % calls.length]!;
    (log[call.level] as (...args: unknown[]) => void)(...call.args);
  };
}

/** The three loggers over the same workload. */
export function pinoBenchGroups(count = 1000, seed = 42): BenchGroup[] {
  const calls = makeWorkload(count, seed);
  const bare = pino({ level: 'debug' }, sink());
  const pinoRedact = pino({ level: 'debug', redact: pinoRedactPaths(4) }, sink());
  // Shallower paths are cheaper for pino but miss PHI nested deeper (B02): shown for scale.
  const pinoRedactShallow = pino({ level: 'debug', redact: pinoRedactPaths(2) }, sink());
  const ours = pino(withRedaction({ level: 'debug' }), sink());
  return [
    {
      name: `pino, mixed workload (${count} records, ${Math.round((100 * calls.filter((c) => c.phi).length) / count)}% with PHI)`,
      cases: [
        { name: pinoCases.bare, fn: logger(calls, bare) },
        { name: pinoCases.pinoRedact, fn: logger(calls, pinoRedact) },
        { name: pinoCases.pinoRedactShallow, fn: logger(calls, pinoRedactShallow) },
        { name: pinoCases.ours, fn: logger(calls, ours) },
      ],
      ratios: [
        { label: 'c/b', of: pinoCases.ours, over: pinoCases.pinoRedact },
        { label: "c/b'", of: pinoCases.ours, over: pinoCases.pinoRedactShallow },
        { label: 'c/a', of: pinoCases.ours, over: pinoCases.bare },
      ],
    },
  ];
}
