/**
 * Property tests are reproducible in CI: a fixed seed unless `FC_SEED` says otherwise. The long
 * fuzz mode (`npm run fuzz`, which sets `FUZZ_RUNS`) draws a fresh seed each run and prints it
 * on failure, so a failing seed can be replayed with `FC_SEED=<seed>` and kept as an example.
 */
import { fc } from '@fast-check/vitest';

const fuzz = process.env.FUZZ_RUNS !== undefined;
const seed = process.env.FC_SEED !== undefined ? Number(process.env.FC_SEED) : fuzz ? undefined : 20261203;
fc.configureGlobal({
  ...(seed === undefined ? {} : { seed }),
  ...(fuzz ? { numRuns: Number(process.env.FUZZ_RUNS) } : {}),
});
