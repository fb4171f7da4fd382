import { createServer, request as httpRequest, type IncomingMessage } from 'node:http';
import type { AddressInfo } from 'node:net';
import { createRequire } from 'node:module';
import { Writable } from 'node:stream';
import fc from 'fast-check';
import { test } from '@fast-check/vitest';
import { pino, type LoggerOptions } from 'pino';
import { describe, expect, it } from 'vitest';
import { withRedaction } from '../../adapters/pino.js';
import { formatMessage } from '../../adapters/pino-format.js';
import { createRedactor, defineDetector, type Redactor, type RedactorOptions } from '../../src/index.js';

// pino's own formatter (a dependency of pino, untyped): the reference for our port.
const quickFormat = createRequire(import.meta.url)('quick-format-unescaped') as (
  f: unknown,
  args: unknown[],
  opts: { stringify: (v: unknown) => string },
) => unknown;

/** A real pino logger writing into a collecting Writable; `lines()` returns what was written. */
function capture(options: LoggerOptions = {}, redactor?: Redactor | RedactorOptions, wrap = true) {
  const chunks: string[] = [];
  const dest = new Writable({
    decodeStrings: false,
    write(chunk: string, _enc, cb) {
      chunks.push(String(chunk));
      cb();
    },
  });
  const log = pino(wrap ? withRedaction({ base: null, ...options }, redactor) : { base: null, ...options }, dest);
  return { log, chunks, lines: () => chunks.map((c) => JSON.parse(c) as Record<string, unknown>), text: () => chunks.join('') };
}

const ssn = '123-45-6789';

describe('withRedaction', () => {
  it('masks PHI fields at any depth of the merge object (B02)', () => {
    // Case data copied from the project's bug-case list, B02 (pinojs/pino#1708; fast-redact#65).
    const value = { encounter: { patient: { identity: { ssn: '123-45-6789' }, contacts: [{ kin: { ssn: '111-22-3333' } }] } } };
    const { log, text, lines } = capture();
    log.info(value, 'encounter');
    expect(text()).not.toContain('123-45-6789');
    expect(text()).not.toContain('111-22-3333');
    const line = lines()[0] as { encounter: { patient: { contacts: unknown[] } }; msg: string };
    expect(line.encounter.patient.contacts).toHaveLength(1);
    expect(line.msg).toBe('encounter');
    const bare = capture({}, undefined, false); // the same call without us leaks: the test can fail
    bare.log.info(value, 'encounter');
    expect(bare.text()).toContain('111-22-3333');
  });

  it('redacts the B01 cases: JSON built into the message, and a %s argument holding JSON', () => {
    // Case data copied verbatim from the project's bug-case list, B01 (pinojs/pino#1509).
    const calls: Array<{ method: 'info'; args: string[] }> = [
      { method: 'info', args: ['intake payload: {"patient":{"name":"Jane Roe","ssn":"123-45-6789","mrn":"MRN-00482139"}}'] },
      { method: 'info', args: ['intake payload: %s', '{"patient":{"ssn":"111-22-3333"}}'] },
    ];
    const phi = ['123-45-6789', '111-22-3333', 'MRN-00482139'];
    const { log, text, lines } = capture({ redact: ['ssn', '*.ssn'] });
    for (const call of calls) (log[call.method] as (...a: string[]) => void)(...call.args);
    for (const value of phi) expect(text()).not.toContain(value);
    const msgs = lines().map((l) => l.msg as string);
    expect(msgs).toHaveLength(2);
    for (const msg of msgs) {
      expect(msg.startsWith('intake payload: {"patient":')).toBe(true);
      expect(msg).toContain('[REDACTED');
    }
  });

  it('formats every placeholder as bare pino does', () => {
    const args = ['%s|%d|%i|%f|%j|%o|%O|%%|%x|%s', 'text', '42.5', 7.9, '3.25', { a: 1 }, [1, 2], 'str', 'x', 'last'];
    const ours = capture();
    const bare = capture({}, undefined, false);
    ours.log.info(...(args as [string]));
    bare.log.info(...(args as [string]));
    expect(ours.lines()[0]!.msg).toBe(bare.lines()[0]!.msg);
    expect(ours.lines()[0]!.msg).toBe("text|42.5|7|3.25|{\"a\":1}|[1,2]|'str'|%|%x|last");
  });

  test.prop([fc.string(), fc.array(fc.oneof(fc.string(), fc.integer(), fc.double(), fc.constant(null), fc.object()), { maxLength: 5 })])(
    'formatMessage matches quick-format-unescaped',
    (template, args) => {
      const stringify = (v: unknown) => JSON.stringify(v) ?? 'undefined';
      expect(formatMessage(template, args, stringify)).toBe(quickFormat(template, [...args], { stringify }));
    },
  );

  it('scans a %s value together with the cue before it, and keeps a % in the result literal', () => {
    const { log, text, lines } = capture();
    log.info('patient SSN: %s (100%% verified)', '123456789');
    log.info('verify patient %s SSN %s', 'Jane Roe', '111-22-3333');
    expect(text()).not.toContain('123456789');
    expect(text()).not.toContain('111-22-3333');
    expect(lines()[0]!.msg).toMatch(/^patient SSN: \[REDACTED:SSN\] \(100% verified\)$/);
  });

  it('redacts errors logged as first argument and under err: message, stack, cause, custom props', () => {
    const cause = new Error('no chart for MRN 00482139');
    const err = Object.assign(new Error(`lookup failed for SSN ${ssn}`, { cause }), { patientName: 'Jane Roe', code: 'E_LOOKUP' });
    const { log, text, lines } = capture();
    log.error(err);
    log.error({ err, attempt: 2 });
    log.error({ err }, 'retry %d failed', 3);
    for (const value of [ssn, '00482139', 'Jane Roe']) expect(text()).not.toContain(value);
    const [first, second, third] = lines() as Array<{ msg: string; err: Record<string, string>; attempt?: number }>;
    expect(first!.msg).toBe('lookup failed for SSN [REDACTED:SSN]'); // pino would set it raw from err.message
    expect(second!.msg).toBe(first!.msg);
    expect(third!.msg).toBe('retry 3 failed');
    expect(second!.attempt).toBe(2);
    expect(first!.err.type).toBe('Error');
    expect(first!.err.code).toBe('E_LOOKUP');
    expect(first!.err.stack).toMatch(/^Error: lookup failed for SSN \[REDACTED:SSN\]\n {4}at /);
    expect(first!.err.stack).toContain('caused by: Error: no chart for MRN');
  });

  it('redacts child bindings, nested children, setBindings and a child msgPrefix', () => {
    const { log, text, lines } = capture({ base: { service: 'intake' } });
    const child = log.child({ reqId: 'req-1', patientSsn: ssn });
    const grandchild = child.child({ patient: { firstName: 'Jane', dob: '1984-03-07' } }, { msgPrefix: 'MRN 00482139: ' });
    child.info('child');
    grandchild.info('grandchild');
    grandchild.setBindings({ email: 'jane.roe@example.com' });
    grandchild.info('after setBindings');
    for (const value of [ssn, 'Jane', '1984-03-07', '00482139', 'jane.roe@example.com']) expect(text()).not.toContain(value);
    const out = lines();
    expect(out[0]).toMatchObject({ service: 'intake', reqId: 'req-1', msg: 'child' });
    expect(out[1]).toMatchObject({ reqId: 'req-1', patient: { firstName: '[REDACTED:NAME]' } });
    expect(out[1]!.msg).toMatch(/^MRN .*REDACTED.*: grandchild$/);
    expect(out[2]!.email).toBe('[REDACTED:EMAIL]');
  });

  it('runs the user hooks, formatters, serializers and mixin first, and redacts their output', () => {
    const seen: string[] = [];
    const { log, text, lines } = capture({
      hooks: {
        logMethod(args, method) {
          seen.push('logMethod');
          method.apply(this, [...args, `SSN ${ssn}`] as unknown as Parameters<typeof method>);
        },
        streamWrite: (line) => (seen.push('streamWrite'), line.replace('"msg"', '"message"')),
      },
      formatters: { log: (o) => (seen.push('log'), { ...o, auditDob: '1984-03-07' }) },
      serializers: { visit: (v: { id: string; ssn: string }) => (seen.push('serializer'), { id: v.id, ssnOnFile: v.ssn }) },
      mixin: () => (seen.push('mixin'), { patientEmail: 'jane.roe@example.com' }),
    });
    log.info({ visit: { id: 'v-1', ssn } }, 'login %s');
    expect(seen).toEqual(['logMethod', 'mixin', 'log', 'serializer', 'streamWrite']);
    for (const value of [ssn, '1984-03-07', 'jane.roe@example.com']) expect(text()).not.toContain(value);
    expect(lines()[0]).toMatchObject({ message: 'login SSN [REDACTED:SSN]', visit: { id: 'v-1', ssnOnFile: '[REDACTED:SSN]' } });
  });

  test.prop([fc.object({ maxDepth: 3 }), fc.string()])('never mutates the caller object and writes one JSON line per call', (value, msg) => {
    const before = structuredClone(value);
    const { log, chunks } = capture();
    log.info(value, msg);
    log.warn({ nested: value, err: new Error(msg) });
    expect(value).toEqual(before);
    expect(chunks).toHaveLength(2);
    for (const chunk of chunks) {
      expect(chunk.endsWith('\n') && chunk.indexOf('\n') === chunk.length - 1).toBe(true);
      expect(() => JSON.parse(chunk)).not.toThrow();
    }
  });

  it('leaves an Error and a nested object of the caller untouched', () => {
    const err = Object.assign(new Error(`SSN ${ssn}`), { mrn: 'MRN-00482139' });
    const record = { patient: { ssn, names: ['Jane Roe'] }, err };
    const before = structuredClone(record.patient);
    const errBefore = { ...err, message: err.message, stack: err.stack };
    const { log } = capture();
    log.error(record, 'failed');
    expect(record.patient).toEqual(before);
    expect(record.err).toBe(err);
    expect({ ...err, message: err.message, stack: err.stack }).toEqual(errBefore);
    expect(Object.keys(record)).toEqual(['patient', 'err']);
  });

  it('writes a fixed placeholder line when the redactor throws, and pino does not throw', () => {
    const real = createRedactor();
    const broken: Redactor = { ...real, redactOrWithhold: () => { throw new Error(`boom ${ssn}`); } };
    const { log, text, lines } = capture({}, broken);
    expect(() => log.info({ patient: { ssn } }, 'SSN %s', ssn)).not.toThrow();
    expect(() => log.error(new Error(`failed for ${ssn}`))).not.toThrow();
    expect(text()).not.toContain(ssn);
    expect(text()).not.toContain('boom');
    for (const line of lines()) expect(Object.keys(line).sort()).toEqual(['level', 'msg', 'redaction', 'time']);
    expect(lines().map((l) => l.level)).toEqual([30, 50]);
  });

  it('writes the placeholder when a user serializer throws', () => {
    const { log, lines } = capture({ serializers: { user: () => { throw new Error(`bad ${ssn}`); } } });
    expect(() => log.info({ user: { ssn } }, 'x')).not.toThrow();
    expect(lines()[0]!.redaction).toBe('withheld');
    log.info('next record is normal');
    expect(lines()[1]!.msg).toBe('next record is normal');
  });

  it('masks the candidate of a detector whose confirm throws, and reports it without data', () => {
    const failures: unknown[] = [];
    const throwing = defineDetector({ id: 'throws', kind: 'ssn', source: String.raw`\d{3}-\d{2}-\d{4}`, confirm: () => { throw new Error('x'); } });
    const { log, text } = capture({}, { detectors: [throwing], onFailure: (f) => failures.push(f) });
    expect(() => log.info({ note: `seen ${ssn}` }, `SSN ${ssn}`)).not.toThrow();
    expect(text()).not.toContain(ssn);
    expect(JSON.stringify(failures)).not.toContain(ssn);
    expect(failures).toContainEqual({ code: 'ERR_REDACT_DETECTOR', stage: 'scan', detector: 'throws' });
  });

  it('redacts a real http request logged as the first argument (pino maps it to req)', async () => {
    const { log, text, lines } = capture();
    const server = createServer((req: IncomingMessage, res) => {
      log.info(req, 'incoming');
      res.end('ok');
    });
    await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
    const { port } = server.address() as AddressInfo;
    await new Promise<void>((resolve, reject) => {
      const path = `/api/patients?ssn=${ssn}&email=jane.roe%40example.com`;
      const headers = { 'x-patient-dob': '1984-03-07', authorization: 'Bearer eyJhbGciOiJIUzI1NiJ9.e30.sig' };
      httpRequest({ port, host: '127.0.0.1', path, headers }, (res) => res.resume().on('end', resolve)).on('error', reject).end();
    });
    await new Promise<void>((r) => server.close(() => r()));
    for (const value of [ssn, '1984-03-07', 'jane.roe', 'eyJhbGciOiJIUzI1NiJ9']) expect(text()).not.toContain(value);
    const line = lines()[0] as { req: { method: string; url: string; headers: Record<string, string> }; msg: string };
    expect(line.msg).toBe('incoming');
    expect(line.req.method).toBe('GET');
    expect(line.req.url.startsWith('/api/patients?')).toBe(true);
    expect(line.req.headers.host).toMatch(new RegExp(`^\\[REDACTED:[A-Z]+\\]:${port}$`)); // IP addresses are identifiers
  });

  it('feeds pino.multistream redacted lines; its lastObj keeps raw values under serializer keys (blind spot)', () => {
    const chunks: string[] = [];
    const dest = new Writable({ decodeStrings: false, write: (c: string, _e, cb) => (chunks.push(String(c)), cb()) });
    const streams = pino.multistream([{ stream: dest }]);
    const log = pino(withRedaction({ base: null }), streams);
    const err = new Error(`failed for ${ssn}`);
    log.info({ patient: { ssn }, err }, 'SSN %s', ssn);
    expect(chunks.join('')).not.toContain(ssn);
    const last = (streams as unknown as { lastObj: { patient: { ssn: string }; err: Error }; lastMsg: string });
    expect(last.lastObj.patient.ssn).toBe('[REDACTED:SSN]');
    expect(last.lastMsg).not.toContain(ssn);
    expect(last.lastObj.err).toBe(err); // documented: serializers run later, inside pino
  });

  it('honours messageKey, errorKey, nestedKey, crlf and a root msgPrefix and base, and leaves the options object alone', () => {
    const options: LoggerOptions = {
      messageKey: 'message',
      errorKey: 'error',
      nestedKey: 'payload',
      crlf: true,
      msgPrefix: 'MRN 00482139 ',
      base: { service: 'intake', operatorEmail: 'ops.lead@example.org' },
    };
    const before = JSON.stringify(options);
    const { log, chunks, text, lines } = capture(options);
    log.error({ error: new Error(`failed for ${ssn}`), patient: { ssn } });
    expect(JSON.stringify(options)).toBe(before);
    for (const value of [ssn, '00482139', 'ops.lead@example.org']) expect(text()).not.toContain(value);
    expect(chunks[0]!.endsWith('}\r\n')).toBe(true);
    const line = lines()[0] as { message: string; service: string; payload: { error: { type: string }; patient: { ssn: string } } };
    expect(line.service).toBe('intake');
    expect(line.message).toMatch(/^MRN .*REDACTED.* failed for \[REDACTED:SSN\]$/);
    expect(line.payload.error.type).toBe('Error');
    expect(line.payload.patient.ssn).toBe('[REDACTED:SSN]');
  });

  const canary = fc.tuple(fc.integer({ min: 100, max: 665 }), fc.integer({ min: 10, max: 99 }), fc.integer({ min: 1000, max: 9999 })).map(([a, b, c]) => `${a}-${b}-${c}`);
  const key = fc.constantFrom('patient', 'visit', 'data', 'items', 'meta', 'x');
  test.prop([canary, fc.array(key, { maxLength: 6 }), fc.constantFrom('obj', 'msg', 'arg', 'err', 'child', 'json')])(
    'no canary SSN reaches the line, wherever it is logged',
    (value, path, where) => {
      let nested: Record<string, unknown> = { ssn: value };
      for (const k of [...path].reverse()) nested = { [k]: nested };
      const { log, text, chunks } = capture();
      if (where === 'obj') log.info(nested, 'saved');
      else if (where === 'msg') log.info(`saved SSN ${value}`);
      else if (where === 'arg') log.info('saved SSN %s for %j', value, nested);
      else if (where === 'err') log.error(Object.assign(new Error(`failed: ${value}`), { detail: nested }));
      else if (where === 'child') log.child(nested).info('child');
      else log.info(`payload ${JSON.stringify(nested)}`);
      expect(chunks).toHaveLength(1);
      expect(text()).not.toContain(value);
    },
  );
});

describe('withRedaction and the hooks that write straight into the line', () => {
  it('redacts what a user formatters.level adds', () => {
    const { log, lines, text } = capture({ formatters: { level: (label: string) => ({ level: label, note: `SSN ${ssn}` }) } });
    log.info('hello');
    expect(text()).not.toContain(ssn);
    expect(lines()[0]!.level).toBe('info');
  });

  it('redacts a user timestamp fragment and keeps pino time functions as they are', () => {
    const bad = capture({ timestamp: () => `,"time":"2024-03-03T10:00:00Z","note":"SSN ${ssn}"` });
    bad.log.info('hello');
    expect(bad.text()).not.toContain(ssn);
    expect(bad.lines()[0]!.time).toBe('2024-03-03T10:00:00Z');
    const iso = capture({ timestamp: pino.stdTimeFunctions.isoTime });
    iso.log.info('hello');
    expect(String(iso.lines()[0]!.time)).toMatch(/^\d{4}-\d{2}-\d{2}T/);
  });
});
