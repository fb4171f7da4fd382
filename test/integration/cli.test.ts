import { spawn, execFileSync } from 'node:child_process';
import { createWriteStream, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const root = new URL('../../', import.meta.url).pathname;
const cli = join(root, 'dist/cli.js');
const example = join(root, 'examples/service.log');
let dir = '';

/** Every synthetic PHI value written into examples/service.log (kept in step with that file). */
const phi = [
  '1984-03-07', '(555) 201-3344', 'jane.roe@example.com', '42 Elm St', 'Haddad', '219-09-9999', '1971-11-30',
  '123-45-6789', '00482139', 'grace.whitfield@example.org', 'Grace Whitfield', '078-05-1120', '555-867-5309',
  'Kenji Tanaka', '1990-06-15', 'Maria Garcia', '02/14/1962', '(555) 410-7788', '321-54-9876', 'W123456789',
  'EVERYWOMAN', 'FERNWOOD', '(206)3345232', 'Fonseca', '929-9025', 'Li Chen', '010 7788', 'MRN-00771234',
  '1958-01-09', '111-22-3333', 'Jane Roe', 'PATID1234',
];

interface Run {
  code: number | null;
  stdout: string;
  stderr: string;
  peakRssKb: number;
}

/** Runs the CLI; `stdin` is piped in when given. Peak RSS is read from /proc while it runs (Linux). */
function run(args: string[], options: { stdin?: string; nodeArgs?: string[]; keepStdout?: boolean } = {}): Promise<Run> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [...(options.nodeArgs ?? []), cli, ...args], { stdio: ['pipe', 'pipe', 'pipe'] });
    let stdout = '';
    let outLines = 0;
    let stderr = '';
    let peakRssKb = 0;
    const poll = setInterval(() => {
      try {
        const m = /VmHWM:\s+(\d+)/.exec(readFileSync(`/proc/${child.pid}/status`, 'utf8'));
        if (m) peakRssKb = Math.max(peakRssKb, Number(m[1]));
      } catch {
        // the process has exited, or no /proc on this platform
      }
    }, 25);
    child.stdout.setEncoding('utf8').on('data', (d: string) => {
      if (options.keepStdout === false) for (const c of d) outLines += c === '\n' ? 1 : 0;
      else stdout += d;
    });
    child.stderr.setEncoding('utf8').on('data', (d: string) => (stderr += d));
    child.on('error', reject);
    child.on('close', (code) => {
      clearInterval(poll);
      resolve({ code, stdout: options.keepStdout === false ? String(outLines) : stdout, stderr, peakRssKb });
    });
    child.stdin.end(options.stdin ?? '');
  });
}

beforeAll(() => {
  if (!existsSync(cli)) execFileSync('npx', ['tsup'], { cwd: root, stdio: 'ignore' });
  dir = mkdtempSync(join(tmpdir(), 'phi-redact-cli-'));
}, 120_000);

afterAll(() => {
  if (dir) rmSync(dir, { recursive: true, force: true });
});

describe('phi-redact CLI', () => {
  it('writes every line of examples/service.log, without PHI, JSON lines still JSON', async () => {
    const input = readFileSync(example, 'utf8');
    for (const value of phi) expect(input).toContain(value); // the fixture really holds them
    const { code, stdout, stderr } = await run([example]);
    expect(code).toBe(0);
    const inLines = input.split('\n').slice(0, -1);
    const outLines = stdout.split('\n').slice(0, -1);
    expect(outLines).toHaveLength(inLines.length);
    for (const value of phi) expect(stdout).not.toContain(value);
    inLines.forEach((line, i) => {
      if (!line.startsWith('{')) return;
      const before = JSON.parse(line) as Record<string, unknown>;
      const after = JSON.parse(outLines[i]!) as Record<string, unknown>;
      expect(Object.keys(after)).toEqual(Object.keys(before));
      expect(after.msg).toBeTypeOf('string');
    });
    expect(outLines[1]).toBe(inLines[1]); // a line without PHI comes back unchanged
    expect(stderr).toMatch(new RegExp(`^phi-redact: ${inLines.length} lines, \\d+ redactions \\(.*\\), 0 failures`));
    for (const value of phi) expect(stderr).not.toContain(value);
  });

  it('reads stdin when no file is given, with the same output', async () => {
    const fromFile = await run([example]);
    const fromStdin = await run([], { stdin: readFileSync(example, 'utf8') });
    expect(fromStdin.code).toBe(0);
    expect(fromStdin.stdout).toBe(fromFile.stdout);
  });

  it('exits non-zero with a clear message for a missing file, writing nothing to stdout', async () => {
    const missing = join(dir, 'nope.log');
    const { code, stdout, stderr } = await run([missing]);
    expect(code).not.toBe(0);
    expect(stdout).toBe('');
    expect(stderr).toContain(`cannot read ${missing}`);
    expect(stderr).not.toMatch(/\n\s+at /); // no stack trace
  });

  it('streams a 50 MB file with bounded memory', async () => {
    const file = join(dir, 'big.log');
    const lines = readFileSync(example, 'utf8').split('\n').filter(Boolean);
    let size = 0;
    let count = 0;
    const out = createWriteStream(file);
    while (size < 50 * 1024 * 1024) {
      const line = lines[count % lines.length]!.replace('req-1a2b3', `req-${count.toString(36)}-`) + '\n';
      size += line.length;
      count++;
      if (!out.write(line)) await new Promise<void>((r) => out.once('drain', () => r()));
    }
    await new Promise<void>((r) => out.end(() => r()));
    // A 32 MB heap cannot hold the file: the run only passes if lines stream through.
    const { code, stdout, stderr, peakRssKb } = await run([file], { nodeArgs: ['--max-old-space-size=32'], keepStdout: false });
    expect(code).toBe(0);
    expect(Number(stdout)).toBe(count);
    expect(stderr).toContain(`phi-redact: ${count} lines`);
    if (peakRssKb > 0) expect(peakRssKb).toBeLessThan(200 * 1024);
  }, 20_000);

  it('replaces a single 5 MB line (or the field holding it) by the size limit, one line out per line in', async () => {
    const filler = 'lorem ipsum dolor '.repeat(Math.ceil((5 * 1024 * 1024) / 18));
    const text = `SSN 123-45-6789 ${filler} tail 111-22-3333`;
    const json = JSON.stringify({ msg: 'big', ssn: '219-09-9999', note: `${filler} 078-05-1120` });
    writeFileSync(join(dir, 'one-line.log'), `${text}\n${json}\n`);
    const { code, stdout, stderr } = await run([join(dir, 'one-line.log')]);
    expect(code).toBe(0);
    expect(stderr).toMatch(/2 values cut or replaced at size limits/);
    const [first, second, rest] = stdout.split('\n');
    expect(rest).toBe('');
    for (const value of ['123-45-6789', '111-22-3333', '219-09-9999', '078-05-1120']) expect(stdout).not.toContain(value);
    // Past maxTotalLength (1 MiB by default) the engine withholds the text rather than scan it.
    expect(first!.length).toBeLessThanOrEqual(65_536);
    expect(first).toContain('[REDACTED');
    const parsed = JSON.parse(second!) as { msg: string; ssn: string; note: string };
    expect(parsed.msg).toBe('big');
    expect(parsed.ssn).toBe('[REDACTED:SSN]');
    expect(parsed.note.length).toBeLessThanOrEqual(65_536);
  });

  it('exits quietly when the reader closes the pipe early', async () => {
    const big = readFileSync(example, 'utf8').repeat(2000);
    const child = spawn(process.execPath, [cli], { stdio: ['pipe', 'pipe', 'pipe'] });
    let stderr = '';
    child.stderr.setEncoding('utf8').on('data', (d: string) => (stderr += d));
    child.stdout.once('data', () => child.stdout.destroy());
    child.stdin.on('error', () => {}).end(big);
    const code = await new Promise((r) => child.on('close', r));
    expect(code).toBe(0);
    expect(stderr).not.toContain('EPIPE');
  });
});
