/**
 * `npm run bench`: runs every `bench/*.bench.ts` that exists (pino always; adapters, otel and
 * linear when their owners have added them) with mitata, one run, and prints markdown tables.
 * Each file exports a function whose name ends in `BenchGroups` (see `bench/print.ts`).
 * Run with `--expose-gc` so mitata can collect garbage between samples.
 */
import { existsSync } from 'node:fs';
import { availableParallelism, cpus } from 'node:os';
import { createRequire } from 'node:module';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { measure } from 'mitata';
import { printRatios, printRows, type BenchGroup, type BenchRow } from './print.js';

const here = fileURLToPath(new URL('.', import.meta.url));
const optional = ['pino.bench.ts', 'adapters.bench.ts', 'otel.bench.ts', 'linear.bench.ts'];
const filter = process.argv[2] === undefined ? null : new RegExp(process.argv[2], 'i');

async function main(): Promise<void> {
  printMachine();
  for (const file of optional) {
    if (!existsSync(here + file) || (filter !== null && !filter.test(file))) continue;
    const mod = (await import(pathToFileURL(here + file).href)) as Record<string, unknown>;
    for (const [name, factory] of Object.entries(mod)) {
      if (!name.endsWith('BenchGroups') || typeof factory !== 'function') continue;
      const groups = (await (factory as () => BenchGroup[] | Promise<BenchGroup[]>)()) ?? [];
      process.stdout.write(`\n## ${file}: ${name}\n`);
      for (const group of groups) await runGroup(group);
    }
  }
}

async function runGroup(group: BenchGroup): Promise<void> {
  const rows: BenchRow[] = [];
  for (const c of group.cases) {
    const fn = c.fn ?? c.run;
    if (fn === undefined) continue;
    const sized = c.size !== undefined;
    // Sized cases (a MiB of text) are slow per call: fewer samples keep the run short.
    const stats = await measure(fn, sized ? { min_samples: 5, min_cpu_time: 150e6, gc: gc() } : { min_cpu_time: 1500e6, gc: gc() });
    const name = c.name ?? (sized ? `${c.size} chars` : 'case');
    rows.push({ group: group.name, name, avgNs: stats.avg, p99Ns: stats.p99, ...(sized ? { size: c.size! } : {}) });
  }
  printRows(rows);
  printRatios(group, rows);
}

function gc(): (() => void) | false {
  const g = (globalThis as { gc?: () => void }).gc;
  return typeof g === 'function' ? g : false;
}

function printMachine(): void {
  const require = createRequire(import.meta.url);
  const version = (pkg: string): string => {
    try {
      return (require(`${pkg}/package.json`) as { version: string }).version;
    } catch {
      return 'n/a';
    }
  };
  const cpu = cpus()[0]?.model ?? 'unknown cpu';
  const versions = ['pino', 're2', 'mitata', 'winston', '@sentry/node', '@opentelemetry/sdk-logs'].map((p) => `${p} ${version(p)}`);
  process.stdout.write(
    `# phi-redact benchmarks\n\nnode ${process.version}, ${availableParallelism()} cpus (${cpu}), ${process.platform}/${process.arch}` +
      `${gc() ? ', --expose-gc' : ''}\n${versions.join(', ')}\n`,
  );
}

main().catch(() => {
  process.stderr.write('bench failed\n');
  process.exitCode = 1;
});
