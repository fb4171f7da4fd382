/**
 * The package as users get it: `npm pack`, unpack into a fresh folder's node_modules, then
 * import the root and every subpath from ESM and CJS. The root must load with no host package
 * installed at all; subpaths load with their host present. `re2` (a native build) is linked
 * from this checkout rather than rebuilt.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, rmSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const root = resolve(__dirname, '../..');
const subpaths = ['pino', 'winston', 'sentry', 'otel'] as const;
const hosts: Record<(typeof subpaths)[number], string[]> = {
  pino: ['pino'],
  winston: ['winston'],
  sentry: ['@sentry/node'],
  otel: ['@opentelemetry/api', '@opentelemetry/sdk-trace-base', '@opentelemetry/sdk-logs'],
};
let dir = '';

function node(args: string[], cwd: string): string {
  return execFileSync(process.execPath, args, { cwd, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
}

function link(name: string, into: string): void {
  const target = join(into, 'node_modules', name);
  mkdirSync(join(target, '..'), { recursive: true });
  if (!existsSync(target)) symlinkSync(join(root, 'node_modules', name), target, 'dir');
}

beforeAll(() => {
  if (!existsSync(join(root, 'dist/index.js'))) execFileSync('npx', ['tsup'], { cwd: root, stdio: 'ignore' });
  dir = mkdtempSync(join(tmpdir(), 'phi-redact-pkg-'));
  const packed = execFileSync('npm', ['pack', '--silent', '--pack-destination', dir], { cwd: root, encoding: 'utf8' }).trim().split('\n').pop()!;
  const pkg = join(dir, 'node_modules', 'phi-redact');
  mkdirSync(pkg, { recursive: true });
  execFileSync('tar', ['-xzf', join(dir, packed), '-C', pkg, '--strip-components=1']);
  link('re2', dir);
}, 120_000);

afterAll(() => {
  if (dir) rmSync(dir, { recursive: true, force: true });
});

describe('package', () => {
  it('ships only dist and the package files', () => {
    const files = execFileSync('tar', ['-tzf', join(dir, execFileSync('ls', [dir], { encoding: 'utf8' }).split('\n').find((f) => f.endsWith('.tgz'))!)], { encoding: 'utf8' });
    expect(files).toContain('package/dist/index.js');
    expect(files).toContain('package/dist/index.cjs');
    expect(files).toContain('package/dist/index.d.ts');
    expect(files).not.toContain('package/src/');
    expect(files).not.toContain('package/test/');
  });

  it('loads the root from ESM and CJS with no host package installed', () => {
    const esm = node(['--input-type=module', '-e', "import { createRedactor } from 'phi-redact'; console.log(createRedactor().redactString('SSN 123-45-6789'))"], dir);
    expect(esm.trim()).toBe('SSN [REDACTED:SSN]');
    const cjs = node(['-e', "const { createRedactor } = require('phi-redact'); console.log(createRedactor().redactString('SSN 123-45-6789'))"], dir);
    expect(cjs.trim()).toBe('SSN [REDACTED:SSN]');
    for (const hostList of Object.values(hosts)) for (const h of hostList) expect(existsSync(join(dir, 'node_modules', h))).toBe(false);
  });

  it.each(subpaths)('loads phi-redact/%s from ESM and CJS with its host present', (sub) => {
    for (const h of hosts[sub]) link(h, dir);
    const esm = node(['--input-type=module', '-e', `import * as m from 'phi-redact/${sub}'; console.log(Object.keys(m).length)`], dir);
    expect(Number(esm.trim())).toBeGreaterThan(0);
    const cjs = node(['-e', `console.log(Object.keys(require('phi-redact/${sub}')).length)`], dir);
    expect(Number(cjs.trim())).toBeGreaterThan(0);
  });

  it('has type declarations for every entry and format', () => {
    for (const entry of ['index', ...subpaths.map((s) => `adapters/${s}`)]) {
      expect(existsSync(join(dir, 'node_modules/phi-redact/dist', `${entry}.d.ts`))).toBe(true);
      expect(existsSync(join(dir, 'node_modules/phi-redact/dist', `${entry}.d.cts`))).toBe(true);
    }
  });

  it('runs the CLI from the packed bin', () => {
    const out = execFileSync(process.execPath, [join(dir, 'node_modules/phi-redact/dist/cli.js'), '--quiet'], {
      cwd: dir,
      input: '{"patient":{"ssn":"123-45-6789"}}\n',
      encoding: 'utf8',
    });
    expect(JSON.parse(out)).toEqual({ patient: { ssn: '[REDACTED:SSN]' } });
  });
});
