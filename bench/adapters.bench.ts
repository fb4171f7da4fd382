/**
 * winston with and without `redactFormat()`, over the seeded workload the pino bench uses,
 * writing to a no-op transport. One case = one log call.
 *
 *   import { winstonBenchGroups } from './adapters.bench.js'   # picked up by bench/run.ts
 *
 * Group 1 compares whole loggers. Group 2 isolates the question of issue #4 (does the adapter
 * cost more than the host's own serialization of the same record?): `json()` alone versus
 * `redactFormat()` alone on the same prepared records.
 */
import winston from 'winston';
import Transport from 'winston-transport';
import { protectLogger, redactFormat } from '../adapters/winston.js';
import type { BenchGroup } from './print.js';
import { makeWorkload, type LogCall } from './workload.js';

const MESSAGE = Symbol.for('message');
const { format } = winston;

/** Case names, used by `ratios` and by the README. */
export const winstonCases = {
  bare: '(a) winston errors+splat+json',
  ours: '(b) + redactFormat()',
  guarded: '(c) + redactFormat() + protectLogger()',
  json: '(d) json() on one record',
  redact: '(e) redactFormat() on one record',
} as const;

/** A transport that drops lines but keeps a running size, so the writes are not dead code. */
class NullTransport extends Transport {
  bytes = 0;
  override log(info: Record<string | symbol, unknown>, callback: () => void): void {
    const line = info[MESSAGE];
    this.bytes += typeof line === 'string' ? line.length : 0;
    callback();
  }
}

/** The pino-style call (`obj, msg` / `msg, ...args` / `err`) as a winston call. */
function toWinston(call: LogCall): unknown[] {
  const [first, second, ...rest] = call.args;
  if (first instanceof Error || typeof first === 'string') return call.args as unknown[];
  return [typeof second === 'string' ? second : '', first, ...rest];
}

function caller(calls: readonly LogCall[], log: winston.Logger): () => void {
  const prepared = calls.map((c) => ({ level: c.level, args: toWinston(c) }));
  let i = 0;
  return () => {
    const c = prepared[i++ % prepared.length]!;
    (log[c.level] as (...args: unknown[]) => void)(...c.args);
  };
}

function makeLogger(withRedaction: boolean, guard: boolean): winston.Logger {
  const steps = [format.errors({ stack: true }), format.splat(), ...(withRedaction ? [redactFormat()] : []), format.json()];
  const logger = winston.createLogger({ level: 'debug', format: format.combine(...steps), transports: [new NullTransport()] });
  return guard ? protectLogger(logger) : logger;
}

/** Records as the finalizer would see them (after errors() and splat()), for group 2. */
function records(calls: readonly LogCall[]): Record<string | symbol, unknown>[] {
  const out: Record<string | symbol, unknown>[] = [];
  const collect = new (class extends Transport {
    override log(info: Record<string | symbol, unknown>, cb: () => void): void {
      out.push(info);
      cb();
    }
  })();
  const logger = winston.createLogger({ level: 'debug', format: format.combine(format.errors({ stack: true }), format.splat()), transports: [collect] });
  const call = caller(calls, logger);
  for (let i = 0; i < calls.length; i++) call();
  return out;
}

/** The winston groups. */
export function winstonBenchGroups(count = 1000, seed = 42): BenchGroup[] {
  const calls = makeWorkload(count, seed);
  const pct = Math.round((100 * calls.filter((c) => c.phi).length) / count);
  const recs = records(calls) as winston.Logform.TransformableInfo[];
  const json = format.json();
  const redact = redactFormat();
  let j = 0;
  let k = 0;
  return [
    {
      name: `winston, mixed workload (${count} records, ${pct}% with PHI)`,
      cases: [
        { name: winstonCases.bare, fn: caller(calls, makeLogger(false, false)) },
        { name: winstonCases.ours, fn: caller(calls, makeLogger(true, false)) },
        { name: winstonCases.guarded, fn: caller(calls, makeLogger(true, true)) },
      ],
      ratios: [
        { label: 'b/a', of: winstonCases.ours, over: winstonCases.bare },
        { label: 'c/a', of: winstonCases.guarded, over: winstonCases.bare },
      ],
    },
    {
      name: `winston formats alone, same records (${recs.length})`,
      cases: [
        { name: winstonCases.json, fn: () => json.transform({ ...recs[j++ % recs.length]! }, json.options) },
        { name: winstonCases.redact, fn: () => redact.transform({ ...recs[k++ % recs.length]! }, redact.options) },
      ],
      ratios: [{ label: 'e/d', of: winstonCases.redact, over: winstonCases.json }],
    },
  ];
}
