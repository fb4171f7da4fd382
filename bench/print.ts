/**
 * The shape every `bench/*.bench.ts` hands to `bench/run.ts`, and the markdown table printer.
 *
 * A bench file exports a function whose name ends in `BenchGroups` (for example
 * `adaptersBenchGroups`, `otelBenchGroups`), sync or async, returning `BenchGroup[]`. The first
 * case of a group is its baseline; `ratios` adds columns comparing two cases by name.
 */

/** One measured function. `size` (characters or bytes handled per call) adds a ms/MiB column. */
export interface BenchCase {
  readonly name?: string;
  readonly fn?: () => unknown;
  /** Alias of `fn`, for cases written as `{ size, text, run }`. */
  readonly run?: () => unknown;
  readonly size?: number;
}

/** Cases measured together; the first is the baseline of the group. */
export interface BenchGroup {
  readonly name: string;
  readonly cases: readonly BenchCase[];
  /** Extra ratio columns: `{ label: 'c/b', of: 'case c name', over: 'case b name' }`. */
  readonly ratios?: ReadonlyArray<{ readonly label: string; readonly of: string; readonly over: string }>;
}

/** What `run.ts` measured for one case. */
export interface BenchRow {
  readonly group: string;
  readonly name: string;
  /** Mean nanoseconds per call. */
  readonly avgNs: number;
  readonly p99Ns: number;
  readonly size?: number;
}

/** Operations per second from mean nanoseconds per call. */
export function opsPerSecond(avgNs: number): number {
  return avgNs > 0 ? 1e9 / avgNs : 0;
}

/** One markdown table per group: ops/s, mean, p99, ratio to the group's baseline, ms/MiB when sized. */
export function printRows(rows: readonly BenchRow[], write: (s: string) => void = (s) => process.stdout.write(s)): void {
  const groups = new Map<string, BenchRow[]>();
  for (const row of rows) groups.set(row.group, [...(groups.get(row.group) ?? []), row]);
  for (const [group, list] of groups) {
    const base = list[0]!;
    const sized = list.some((r) => r.size !== undefined);
    write(`\n### ${group}\n\n| case | ops/s | mean | p99 | vs ${base.name} |${sized ? ' ms/MiB |' : ''}\n`);
    write(`| --- | ---: | ---: | ---: | ---: |${sized ? ' ---: |' : ''}\n`);
    for (const r of list) {
      const perMiB = r.size !== undefined ? ` ${((r.avgNs / 1e6) / (r.size / (1 << 20))).toFixed(2)} |` : sized ? ' |' : '';
      write(`| ${r.name} | ${formatOps(opsPerSecond(r.avgNs))} | ${formatNs(r.avgNs)} | ${formatNs(r.p99Ns)} | ${(base.avgNs / r.avgNs).toFixed(2)} |${perMiB}\n`);
    }
  }
}

/** Ratio lines (`c/b = 1.23`): throughput of `of` over throughput of `over`. */
export function printRatios(group: BenchGroup, rows: readonly BenchRow[], write: (s: string) => void = (s) => process.stdout.write(s)): void {
  if (!group.ratios || group.ratios.length === 0) return;
  const find = (name: string) => rows.find((r) => r.group === group.name && r.name === name);
  write(`\n| ratio | throughput ratio |\n| --- | ---: |\n`);
  for (const { label, of, over } of group.ratios) {
    const a = find(of);
    const b = find(over);
    if (a && b) write(`| ${label} | ${(b.avgNs / a.avgNs).toFixed(2)} |\n`);
  }
}

function formatOps(ops: number): string {
  return ops >= 1e6 ? `${(ops / 1e6).toFixed(2)}M` : ops >= 1e3 ? `${(ops / 1e3).toFixed(1)}k` : ops.toFixed(1);
}

function formatNs(ns: number): string {
  return ns >= 1e6 ? `${(ns / 1e6).toFixed(2)} ms` : ns >= 1e3 ? `${(ns / 1e3).toFixed(2)} µs` : `${ns.toFixed(0)} ns`;
}
