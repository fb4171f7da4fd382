import { afterEach, describe, expect, it } from 'vitest';
import winston from 'winston';
import { protectLogger, redactFormat } from '../../adapters/winston.js';
import { createRedactor } from '../../src/index.js';
import { canaryRedactor, failingRedactor } from '../support/canary-redactor.js';
import { CollectingTransport, settle } from '../support/winston-collect.js';

const { format } = winston;
const MESSAGE = Symbol.for('message');
const SPLAT = Symbol.for('splat');
const loggers: winston.Logger[] = [];

function make(options: winston.LoggerOptions): winston.Logger {
  const logger = winston.createLogger(options);
  loggers.push(logger);
  return logger;
}
afterEach(() => {
  for (const l of loggers.splice(0)) l.close();
});
function expectClean(text: string, phi: readonly string[]): void {
  for (const p of phi) expect(text).not.toContain(p);
}

describe('redactFormat', () => {
  // B10 (copied from shared/cases/bug-cases.md, winstonjs/winston#1739, #1660): an Error as
  // meta appends its message to info.message and copies its stack.
  it('scans the message winston built from meta.message, and the stack (B10)', async () => {
    const phi = ['jane.roe@example.com', 'MRN-00482139'];
    const out = new CollectingTransport();
    const logger = make({ format: format.combine(redactFormat(canaryRedactor(phi)), format.json()), transports: [out] });
    const err = new Error('no chart for jane.roe@example.com (MRN-00482139)');
    err.stack = 'Error: no chart for jane.roe@example.com (MRN-00482139)\n    at update (chart.js:22:9)';
    logger.error('chart update failed', err);
    await settle();
    expect(out.lines).toHaveLength(1);
    const line = out.lines[0]!;
    expectClean(line, phi);
    const parsed = JSON.parse(line) as { message: string; stack: string };
    expect(parsed.message.startsWith('chart update failed no chart for')).toBe(true);
    expect(parsed.stack.startsWith('Error: ')).toBe(true);
    expect(parsed.stack).toContain('at update (chart.js:22:9)');
    expectClean(JSON.stringify(out.infos[0]![SPLAT]), phi);
  });

  // B11 (bug-cases.md, winstonjs/winston#1933, #1549, #1775)
  it('gives both transports censored patient fields and leaves the caller object as it was (B11)', async () => {
    const file = new CollectingTransport({ format: format.json() });
    const http = new CollectingTransport();
    const logger = make({ format: format.combine(redactFormat(), format.json()), transports: [file, http] });
    const call = { message: 'intake', patient: { name: 'Jane Roe', mrn: 'MRN-00482139' } };
    logger.info(call);
    await settle();
    for (const t of [file, http]) {
      expect(t.lines).toHaveLength(1);
      expectClean(t.lines[0]!, ['Jane Roe', 'MRN-00482139']);
      expect(JSON.parse(t.lines[0]!)).toMatchObject({ message: 'intake', level: 'info' });
    }
    expect(call.patient).toEqual({ name: 'Jane Roe', mrn: 'MRN-00482139' });
    expect(Object.keys(call).sort()).toEqual(['level', 'message', 'patient']); // winston adds level; we add nothing
    expect(file.infos[0]).not.toBe(call);
  });

  it('interpolates %s and %j with redacted values when placed after splat()', async () => {
    const out = new CollectingTransport();
    const logger = make({ format: format.combine(format.splat(), redactFormat(), format.json()), transports: [out] });
    logger.info('lookup %s gave %j', '123-45-6789', { mrn: 'MRN-00482139', ward: 'B2' }, { visit: 'DOB 1984-03-07' });
    await settle();
    const line = out.lines[0]!;
    expectClean(line, ['123-45-6789', '00482139', '1984-03-07']);
    const parsed = JSON.parse(line) as { message: string; visit: string };
    expect(parsed.message).toMatch(/^lookup \S+ gave \{.*"ward":"B2"/);
    expect(parsed.visit).toMatch(/^DOB /);
    expectClean(JSON.stringify(out.infos[0]![SPLAT]), ['123-45-6789', '00482139']);
  });

  it('redacts the raw arguments when placed before splat(), so interpolation uses clean values', async () => {
    const out = new CollectingTransport();
    const logger = make({ format: format.combine(redactFormat(), format.splat(), format.json()), transports: [out] });
    logger.info('lookup %s gave %j', '123-45-6789', { ssn: '111-22-3333' });
    await settle();
    expectClean(out.lines[0]!, ['123-45-6789', '111-22-3333']);
    expect(JSON.parse(out.lines[0]!).message).toMatch(/^lookup \[REDACTED/);
  });

  it('covers child logger metadata and defaultMeta', async () => {
    const out = new CollectingTransport();
    const logger = make({
      format: format.combine(redactFormat(), format.json()),
      defaultMeta: { service: 'intake', patientId: 'P-5512' },
      transports: [out],
    });
    const child = logger.child({ requestId: 'r-1', patient: { ssn: '123-45-6789' } });
    child.info('admitted', { note: 'SSN 111-22-3333' });
    logger.info({ message: 'plain object', ssn: '123-45-6789' });
    await settle();
    expect(out.lines).toHaveLength(2);
    for (const line of out.lines) expectClean(line, ['123-45-6789', '111-22-3333', 'P-5512']);
    expect(JSON.parse(out.lines[0]!)).toMatchObject({ service: 'intake', requestId: 'r-1', message: 'admitted' });
  });

  it('redacts Errors with errors() before it: message, stack, cause and custom props', async () => {
    const out = new CollectingTransport();
    const logger = make({
      format: format.combine(format.errors({ stack: true, cause: true }), redactFormat(), format.json()),
      transports: [out],
    });
    const err = Object.assign(new Error('no chart for SSN 123-45-6789', { cause: new Error('MRN-00482139 locked') }), {
      mrn: 'MRN-00917734',
      code: 'E_CHART',
    });
    logger.error(err);
    await settle();
    const line = out.lines[0]!;
    expectClean(line, ['123-45-6789', '00482139', '00917734']);
    const parsed = JSON.parse(line) as Record<string, unknown>;
    expect(parsed).toMatchObject({ level: 'error', code: 'E_CHART' });
    expect(parsed.message).toMatch(/^no chart for SSN \[REDACTED/);
    expect(String(parsed.stack)).toMatch(/^Error: no chart for SSN \[REDACTED/);
    expect(JSON.stringify(parsed.cause)).toContain('locked');
  });

  it('redacts an Error logged without errors(), keeping its message and level', async () => {
    const out = new CollectingTransport();
    const logger = make({ format: format.combine(redactFormat(), format.json()), transports: [out] });
    logger.error(Object.assign(new Error('SSN 123-45-6789 rejected', { cause: new Error('MRN-00482139') }), { ssn: '111-22-3333' }));
    logger.warn('wrapped', { err: new Error('for 123-45-6789') });
    await settle();
    expect(out.lines).toHaveLength(2);
    for (const line of out.lines) expectClean(line, ['123-45-6789', '111-22-3333', '00482139']);
    expect(JSON.parse(out.lines[0]!)).toMatchObject({ level: 'error', message: expect.stringMatching(/^SSN \[REDACTED/) });
    expect(JSON.parse(out.lines[1]!).err.message).toMatch(/^for \[REDACTED/);
  });

  it('re-scans a line a finalizer already rendered', async () => {
    const out = new CollectingTransport();
    const logger = make({
      format: format.combine(format.printf((i) => `${i.level}: ${String(i.message)} ${JSON.stringify(i.meta)}`), redactFormat()),
      transports: [out],
    });
    logger.info('chart', { meta: { ssn: '123-45-6789' } });
    logger.info('SSN 111-22-3333 seen');
    await settle();
    expect(out.lines).toHaveLength(2);
    for (const line of out.lines) expectClean(line, ['123-45-6789', '111-22-3333']);
    expect(out.lines[1]).toMatch(/^info: SSN \[REDACTED/);
  });

  it('withholds the record (returns false) when redaction fails, without throwing', async () => {
    const out = new CollectingTransport();
    const logger = make({ format: format.combine(redactFormat(failingRedactor()), format.json()), transports: [out] });
    expect(() => logger.info('SSN 123-45-6789', { mrn: 'MRN-00482139' })).not.toThrow();
    logger.info('second record SSN 111-22-3333');
    await settle();
    expect(out.lines).toEqual([]);
    const direct = redactFormat(failingRedactor()).transform({ level: 'info', message: 'SSN 123-45-6789' });
    expect(direct).toBe(false);
  });
});

describe('protectLogger', () => {
  // B09 (bug-cases.md, winstonjs/winston#1479): ExceptionStream calls transport.log directly,
  // so a redaction format on the transport alone never sees uncaught-exception records.
  const argv = ['node', 'reindex.js', '--patient', 'MRN-00917734'];
  const phi = ['123-45-6789', 'MRN-00917734'];
  function chartError(): Error {
    const err = new Error('chart lookup failed for SSN 123-45-6789');
    err.stack = 'Error: chart lookup failed for SSN 123-45-6789\n    at load (chart.js:10:5)';
    return err;
  }
  async function uncaught(protect: boolean): Promise<CollectingTransport> {
    const out = new CollectingTransport({ format: redactFormat() });
    const logger = make({ format: format.json(), exitOnError: false, exceptionHandlers: [out] });
    if (protect) protectLogger(logger);
    const saved = process.argv;
    process.argv = argv;
    try {
      // The handler's own listener, as `process.on('uncaughtException')` would call it.
      (logger.exceptions as unknown as { catcher: (e: Error) => void }).catcher(chartError());
    } finally {
      process.argv = saved;
    }
    await settle();
    return out;
  }

  it('control: a transport-level format alone leaks the uncaught-exception record (B09)', async () => {
    const out = await uncaught(false);
    expect(out.lines.join('\n')).toContain('123-45-6789');
  });

  it('scrubs message, stack, error and process.argv of an uncaught exception (B09)', async () => {
    const out = await uncaught(true);
    expect(out.lines).toHaveLength(1);
    expectClean(out.lines[0]!, phi);
    const rec = JSON.parse(out.lines[0]!) as { message: string; process: { argv: string[] }; exception: boolean };
    expect(rec.exception).toBe(true);
    expect(rec.message).toMatch(/^uncaughtException: chart lookup failed for SSN \[REDACTED/);
    expect(rec.process.argv.slice(0, 3)).toEqual(['node', 'reindex.js', '--patient']);
    expectClean(JSON.stringify(out.infos[0]), phi);
  });

  it('scrubs unhandled rejections the same way', async () => {
    const out = new CollectingTransport();
    const logger = protectLogger(make({ format: format.json(), exitOnError: false, rejectionHandlers: [out] }));
    (logger.rejections as unknown as { catcher: (e: Error) => void }).catcher(chartError());
    await settle();
    expect(out.lines).toHaveLength(1);
    expectClean(out.lines[0]!, phi);
    expect(JSON.parse(out.lines[0]!).message).toMatch(/^unhandledRejection: chart lookup failed/);
  });

  it('redacts records written straight to a guarded transport and drops them on failure', async () => {
    const out = new CollectingTransport();
    const logger = protectLogger(make({ format: format.json(), transports: [out] }), failingRedactor());
    let called = 0;
    out.log({ level: 'info', message: 'SSN 123-45-6789', [MESSAGE]: '{"ssn":"123-45-6789"}' }, () => called++);
    logger.info('also SSN 111-22-3333');
    await settle();
    expect(called).toBe(1);
    expect(out.lines).toEqual([]);
  });

  it('guards transports added later and re-checks the line a finalizer rendered after redactFormat', async () => {
    const redactor = createRedactor();
    const logger = protectLogger(make({ format: format.combine(redactFormat(redactor), format.json()) }), redactor);
    const late = new CollectingTransport();
    logger.add(late);
    logger.info('SSN 123-45-6789');
    late.log({ level: 'info', message: 'direct 111-22-3333' }, () => {});
    await settle();
    expect(late.lines).toHaveLength(2);
    for (const line of late.lines) expectClean(line, ['123-45-6789', '111-22-3333']);
    // redactFormat, then the last step re-checking the line json() rendered, then the direct call.
    expect(redactor.stats().records).toBe(3);
  });

  it('catches PHI that formats placed after redactFormat add (label, printf, a transport format)', async () => {
    const t = new CollectingTransport({ format: format((info) => ({ ...info, note: 'SSN 111-22-3333' }))() });
    const logger = protectLogger(
      winston.createLogger({
        format: format.combine(
          redactFormat(),
          format.label({ label: 'SSN 123-45-6789' }),
          format.printf((i) => `${String(i.message)} DOB 03/07/1984 ${String(i.label)}`),
        ),
        transports: [t],
      }),
    );
    logger.info('hello');
    await settle();
    expect(t.lines).toHaveLength(1);
    expectClean(t.lines[0]! + JSON.stringify(t.infos[0]), ['123-45-6789', '03/07/1984', '111-22-3333']);
    expect(t.lines[0]).toContain('hello');
  });
});
