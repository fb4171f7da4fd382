/**
 * `phi-redact [file ...]`: redacts log lines from files (or stdin) to stdout. A JSON line is
 * redacted as an object and written back as one JSON line; any other line as text. A summary
 * (lines, redactions by kind, time) goes to stderr and never holds a redacted value.
 */
import { createReadStream, statSync } from 'node:fs';
import { createInterface } from 'node:readline';
import type { Readable } from 'node:stream';
import { createRedactor } from './index.js';
import { looksLikeJson } from './json-text.js';
import { markers } from './walk.js';

const usage = `Usage: phi-redact [--quiet] [file ...]
Reads log lines from each file (or stdin when none or "-"), writes them redacted to stdout,
and a summary to stderr. JSON lines stay one JSON line each.`;

async function main(argv: readonly string[]): Promise<number> {
  const args = argv.filter((a) => a !== '--quiet');
  const quiet = args.length !== argv.length;
  if (args.includes('--help') || args.includes('-h')) {
    process.stdout.write(usage + '\n');
    return 0;
  }
  const unknown = args.find((a) => a.startsWith('--'));
  if (unknown !== undefined) {
    process.stderr.write(`phi-redact: unknown option ${unknown}\n${usage}\n`);
    return 2;
  }
  const files = args.length > 0 ? args : ['-'];
  for (const f of files) {
    if (f === '-') continue;
    try {
      if (!statSync(f).isFile()) throw new Error('not a file');
    } catch {
      process.stderr.write(`phi-redact: cannot read ${f}: no such file\n`);
      return 2;
    }
  }
  // A reader that stops early (`| head`) closes the pipe: stop quietly, like other filters.
  process.stdout.on('error', (e: NodeJS.ErrnoException) => {
    process.exit(e.code === 'EPIPE' ? 0 : 1);
  });
  const redactor = createRedactor();
  const started = process.hrtime.bigint();
  let lines = 0;
  for (const f of files) {
    const input: Readable = f === '-' ? process.stdin : createReadStream(f, { encoding: 'utf8' });
    const rl = createInterface({ input, crlfDelay: Infinity });
    for await (const line of rl) {
      lines++;
      const out = redactLine(redactor, line);
      if (!process.stdout.write(out + '\n')) await new Promise((r) => process.stdout.once('drain', r));
    }
  }
  if (!quiet) {
    const ms = Number(process.hrtime.bigint() - started) / 1e6;
    const stats = redactor.stats();
    const kinds = Object.entries(stats.byKind)
      .sort((a, b) => b[1] - a[1])
      .map(([k, n]) => `${k}=${n}`)
      .join(' ');
    const limited = Object.values(stats.limits).reduce((a, b) => a + b, 0);
    process.stderr.write(
      `phi-redact: ${lines} lines, ${stats.redactions} redactions${kinds ? ` (${kinds})` : ''}, ` +
        `${limited > 0 ? `${limited} values cut or replaced at size limits, ` : ''}` +
        `${stats.failures} failures, ${ms.toFixed(1)} ms\n`,
    );
  }
  return 0;
}

function redactLine(redactor: ReturnType<typeof createRedactor>, line: string): string {
  if (looksLikeJson(line)) {
    let parsed: unknown;
    let ok = true;
    try {
      parsed = JSON.parse(line);
    } catch {
      ok = false;
    }
    if (ok) {
      const out = redactor.redact(parsed);
      try {
        return JSON.stringify(out) ?? markers.withheld;
      } catch {
        return JSON.stringify(markers.withheld);
      }
    }
  }
  const envelope = envelopeLength(line);
  return line.slice(0, envelope) + redactor.redactString(line.slice(envelope));
}

/**
 * The log line's own timestamp at its start (`2024-03-03T10:15:30.123Z`, `2024-03-03 10:15:30`,
 * syslog `Mar  3 10:15:30`): when the software event happened, kept like the `time` field of a
 * JSON line. Anchored, bounded patterns only; everything after it is redacted as usual.
 */
function envelopeLength(line: string): number {
  const m = isoStamp.exec(line) ?? syslogStamp.exec(line);
  return m === null ? 0 : m[0].length;
}

const isoStamp = /^\[?\d{4}-\d{2}-\d{2}[T ]\d{2}:\d{2}(?::\d{2}(?:[.,]\d{1,9})?)?(?:Z|[+-]\d{2}:?\d{2})?\]?(?=\s)/;
const syslogStamp = /^(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec) [ \d]\d \d{2}:\d{2}:\d{2}(?=\s)/;

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  () => {
    process.stderr.write('phi-redact: failed (no input is shown)\n');
    process.exitCode = 1;
  },
);
