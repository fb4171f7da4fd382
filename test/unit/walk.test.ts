import { describe, expect, it } from 'vitest';
import { builtinDetectors, createRedactor, defineDetector, markers, RedactionConfigError, RedactionError, withheld, type RedactionFailure } from '../../src/index.js';
import { allText, hostileProxy } from '../support/arbitraries.js';

const ssn = '123-45-6789';

describe('Walk limits', () => {
  it('replaces a 10,000-deep object past maxDepth and says so', () => {
    let o: Record<string, unknown> = { note: `SSN ${ssn}` };
    for (let i = 0; i < 10_000; i++) o = { a: o };
    const { value, report } = createRedactor().redactWithReport(o);
    expect(JSON.stringify(value)).toContain(markers.depth);
    expect(report.limits.depth).toBe(1);
    expect(report.failures).toBe(0);
  });

  it('reaches the depth limit before the stack at the largest allowed maxDepth', () => {
    let o: Record<string, unknown> = { note: `SSN ${ssn}` };
    for (let i = 0; i < 10_000; i++) o = { a: o };
    const { report } = createRedactor({ maxDepth: 500 }).redactWithReport(o);
    expect(report).toMatchObject({ failures: 0, limits: { depth: 1 } });
    expect(() => createRedactor({ maxDepth: 501 })).toThrow(RedactionConfigError);
  });

  it('counts depth through JSON held in strings and replaces nested JSON past the limit', () => {
    let s = JSON.stringify({ note: `SSN ${ssn}` });
    for (let i = 0; i < 6; i++) s = JSON.stringify({ inner: s });
    const { value, report } = createRedactor({ maxDepth: 4 }).redactWithReport({ s });
    expect(JSON.stringify(value)).not.toContain('6789');
    expect(report.limits.depth).toBeGreaterThan(0);
  });

  it('counts depth through toJSON chains', () => {
    const chain = (n: number): unknown => (n === 0 ? `SSN ${ssn}` : { toJSON: () => chain(n - 1) });
    const { value, report } = createRedactor({ maxDepth: 8 }).redactWithReport({ v: chain(50) });
    expect(JSON.stringify(value)).not.toContain(ssn);
    expect(report.limits.depth).toBe(1);
  });

  it('cuts a 1,000,000-element array with one marker at the node budget', () => {
    const a = Array.from({ length: 1_000_000 }, (_, i) => ({ i }));
    const { value, report } = createRedactor().redactWithReport(a);
    const out = value as unknown[];
    expect(out.length).toBeLessThanOrEqual(100_001);
    expect(out[out.length - 1]).toBe(markers.limit);
    expect(out.filter((x) => x === markers.limit)).toHaveLength(1);
    expect(report.limits.nodes).toBe(1);
  });

  it('stops a sparse array of length 2**32-1 at the node budget', () => {
    const a: unknown[] = [];
    a.length = 2 ** 32 - 1;
    const { value, report } = createRedactor({ maxNodes: 1000 }).redactWithReport(a);
    expect((value as unknown[]).length).toBe(1000);
    expect(report.limits.nodes).toBe(1);
  });

  it('reads a huge Map or Set only up to the node budget', () => {
    const m = new Map(Array.from({ length: 50_000 }, (_, i) => [`k${i}`, i]));
    const { value, report } = createRedactor({ maxNodes: 100 }).redactWithReport({ m, s: new Set(m.keys()) });
    expect(Object.keys((value as { m: object }).m).length).toBeLessThanOrEqual(101);
    expect(report.limits.nodes).toBeGreaterThan(0);
  });

  it('replaces a 100 MB string by the total-length marker without scanning it', () => {
    const big = `SSN ${ssn} `.repeat(7_000_000);
    const { value, report } = createRedactor().redactWithReport({ big, after: `SSN ${ssn}` });
    expect(value).toEqual({ big: markers.limit, after: markers.limit });
    expect(report.limits.total).toBe(2);
  });

  it('truncates a long string before scanning and a long key is truncated and scanned', () => {
    const key = `seen ${ssn} ` + 'x'.repeat(200);
    const { value, report } = createRedactor({ maxStringLength: 100 }).redactWithReport({ [key]: 'a '.repeat(500) });
    const [k, v] = Object.entries(value as object)[0]!;
    expect(k).not.toContain(ssn);
    expect((v as string).endsWith(markers.truncated)).toBe(true);
    expect(report.limits.string).toBe(2);
  });

  it('renders a cycle-rich graph with circular markers only on true cycles', () => {
    const nodes = Array.from({ length: 200 }, (_, i) => ({ i, note: `SSN ${ssn}`, next: null as unknown, all: [] as unknown[] }));
    nodes.forEach((n, i) => ((n.next = nodes[(i + 1) % nodes.length]), (n.all = nodes)));
    const { value, report } = createRedactor({ maxDepth: 6 }).redactWithReport(nodes[0]);
    expect(allText(value)).not.toContain(ssn);
    expect(JSON.stringify(value)).toContain(markers.circular);
    expect(report.failures).toBe(0);
  });
});

describe('Walk fault injection', () => {
  const failures: RedactionFailure[] = [];
  const redactor = createRedactor({ onFailure: (f) => failures.push(f) });

  it('copies an object whose getter throws (seed 20240607 example) so the serializer never calls it', () => {
    const v = Object.defineProperty({ base: {} }, 'boom', { enumerable: true, get: () => { throw new Error(`getter ${ssn}`); } });
    const out = redactor.redact(v);
    expect(out === v).toBe(false); // not expect(out): the assertion library would read the getter
    expect(JSON.parse(JSON.stringify(out))).toEqual({ base: {}, boom: markers.unreadable });
  });

  it('replaces a proxy that throws on every trap', () => {
    expect(redactor.redact(hostileProxy())).toBe(markers.unreadable);
    expect(redactor.redactOrWithhold({ p: hostileProxy() })).toEqual({ p: markers.unreadable });
  });

  it('copies proxies instead of passing them through', () => {
    const p = new Proxy({ a: 1 }, {});
    const out = redactor.redact(p);
    expect(out).not.toBe(p);
    expect(out).toEqual({ a: 1 });
  });

  it('handles a toJSON that throws or returns a cycle', () => {
    const cyc: Record<string, unknown> = {};
    cyc.self = cyc;
    const out = redactor.redact({ a: { toJSON: () => { throw new Error(ssn); } }, b: { toJSON: () => cyc } });
    expect(out).toEqual({ a: markers.unreadable, b: { self: markers.circular } });
  });

  it('masks a candidate whose detector confirm or rewrite throws, and reports the detector', () => {
    failures.length = 0;
    const bad = defineDetector({ id: 'bad', kind: 'test', source: String.raw`\bsecret\d+`, confirm: () => { throw new Error('x'); } });
    const worse = defineDetector({ id: 'worse', kind: 'test', source: String.raw`\bhidden\d+`, rewrite: () => { throw new Error('y'); } });
    const r = createRedactor({ detectors: [...builtinDetectors, bad, worse], onFailure: (f) => failures.push(f) });
    expect(r.redactString('a secret42 b hidden7')).toBe('a [REDACTED:TEST] b [REDACTED:TEST]');
    expect(failures.map((f) => f.detector)).toEqual(['bad', 'worse']);
  });

  it('replaces the value whole and reports when a replacement function throws', () => {
    const seen: RedactionFailure[] = [];
    const r = createRedactor({ replacement: () => { throw new Error(ssn); }, onFailure: (f) => seen.push(f) });
    const out = r.redactOrWithhold({ note: `SSN ${ssn}`, keep: 'ok' });
    expect(out === withheld || !JSON.stringify(out).includes('6789')).toBe(true);
    expect(JSON.stringify(r.redact({ note: `SSN ${ssn}` }))).not.toContain('6789');
    expect(seen.length).toBeGreaterThan(0);
  });

  it('redacts frozen, sealed and null-prototype objects without writing to them', () => {
    const frozen = Object.freeze({ note: `SSN ${ssn}`, inner: Object.seal({ ssn }) });
    const bare = Object.assign(Object.create(null) as object, { note: `SSN ${ssn}` });
    const { value, report } = redactor.redactWithReport({ frozen, bare });
    expect(allText(value)).not.toContain(ssn);
    expect(report.failures).toBe(0);
    expect(frozen.note).toBe(`SSN ${ssn}`);
  });
});

describe('Walk prototype pollution', () => {
  it('treats __proto__, constructor and prototype keys as plain keys, in objects and JSON strings', () => {
    const input = JSON.parse(`{"__proto__":{"polluted":"SSN ${ssn}"},"constructor":{"prototype":{"polluted":1}},"prototype":"x"}`) as object;
    const json = JSON.stringify({ nested: input });
    const out = createRedactor().redact({ input, json }) as { input: Record<string, unknown>; json: string };
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(Object.prototype.hasOwnProperty.call(out.input, '__proto__')).toBe(true);
    expect(Object.getPrototypeOf(out.input)).toBe(Object.prototype);
    expect(allText(out)).not.toContain(ssn);
    expect(JSON.parse(out.json).nested.prototype).toBe('x');
  });
});

describe('errors and reports never quote input', () => {
  it('RedactionError messages carry code, stage and detector only', () => {
    const e = new RedactionError('ERR_REDACT_READ', 'walk', 'us-ssn');
    expect(e.message).toBe('phi-redact: ERR_REDACT_READ during walk (detector us-ssn)');
  });

  it('failure reports and the summary carry no canary', () => {
    const seen: unknown[] = [];
    const r = createRedactor({ onFailure: (f) => seen.push(f) });
    const v = { p: hostileProxy(), g: Object.defineProperty({}, ssn, { enumerable: true, get: () => { throw new Error(ssn); } }) };
    const { report } = r.redactWithReport(v);
    expect(seen.length).toBeGreaterThan(0);
    expect(JSON.stringify([seen, report, r.stats()])).not.toContain('6789');
  });

  it('config errors quote configuration, not input', () => {
    expect(() => createRedactor({ maxNodes: 0 })).toThrow(/maxNodes must be an integer/);
  });

  it('never shows the hmacKey secret in output, reports or util.inspect(redactor)', async () => {
    const { inspect } = await import('node:util');
    const secret = 'sEcReT-hmac-key-0123456789abcdef';
    const seen: unknown[] = [];
    const r = createRedactor({ strategies: { ssn: 'hash' }, hmacKey: { id: 'k1', secret }, onFailure: (f) => seen.push(f) });
    const { value, report } = r.redactWithReport({ ssn, note: `SSN ${ssn}`, p: hostileProxy() });
    const text = [JSON.stringify(value), JSON.stringify(report), JSON.stringify(seen), inspect(r, { depth: Infinity, showHidden: true })].join('\n');
    expect(text).not.toContain(secret);
    expect(text).not.toContain('6789');
  });
});

describe('getters that answer differently on a second read', () => {
  const flaky = (): Record<string, unknown> => {
    let reads = 0;
    const o: Record<string, unknown> = {};
    Object.defineProperty(o, 'note', { enumerable: true, get: () => (reads++ === 0 ? 'ok' : 'SSN 123-45-6789') });
    return o;
  };

  it('never hands back the caller object, so a serializer cannot read the getter again', () => {
    const r = createRedactor();
    for (const input of [flaky(), { a: { b: flaky() } }]) {
      expect(JSON.stringify(r.redact(input))).not.toContain('123-45-6789');
    }
    let reads = 0;
    const arr: unknown[] = [];
    Object.defineProperty(arr, 0, { enumerable: true, get: () => (reads++ === 0 ? 'ok' : 'SSN 123-45-6789') });
    expect(JSON.stringify(r.redact({ arr }))).not.toContain('123-45-6789');
  });
});

describe('envelope timestamps', () => {
  const r = createRedactor();
  it('keeps a root timestamp that is only a timestamp', () => {
    expect(r.redact({ time: '2024-03-03T10:15:30.123Z', '@timestamp': '2024-03-03 10:15:30' })).toEqual({
      time: '2024-03-03T10:15:30.123Z',
      '@timestamp': '2024-03-03 10:15:30',
    });
  });
  it('scans anything else under a timestamp key', () => {
    const out = JSON.stringify(r.redact({ time: 'DOB 03/07/1984', '@timestamp': 'DOB 1984-03-07', date: 'born 1984-03-07' }));
    expect(out).not.toContain('1984');
  });
});

describe('truncate', () => {
  it('leaves no half of a spaced number at the cut', () => {
    const r = createRedactor({ maxStringLength: 64 });
    for (const tail of ['SSN 123 45 6789 more text', 'call (555) 929 9025 now']) {
      const s = 'x'.repeat(40) + ' ' + tail + ' '.repeat(40);
      const out = r.redactString(s);
      expect(out.length).toBeLessThanOrEqual(64);
      expect(out).not.toMatch(/\d{2}/);
    }
  });
});

describe('keys that redact alike', () => {
  it('keeps both values', () => {
    const out = createRedactor().redact({ 'x 123-45-6789': 'a', 'x 078-05-1120': 'b' }) as Record<string, string>;
    expect(Object.values(out).sort()).toEqual(['a', 'b']);
    expect(JSON.stringify(out)).not.toMatch(/6789|1120/);
  });
});

describe('idempotence with masked keys', () => {
  it('does not read a mask tag in a key as a field name (seed 20240607 run 18297)', () => {
    const r = createRedactor();
    const once = r.redact(new Map([['new Date("1970-01-01T00:00:00.000Z")', 0]]));
    expect(r.redact(once)).toEqual(once);
  });
});

describe('envelope keys holding a bare date', () => {
  it('masks a date without a time of day under a root timestamp key', () => {
    const out = JSON.stringify(createRedactor().redact({ date: '1984-03-07', eventDate: '03/07/1984', createdAt: '19840307', time: '1984-03-07' }));
    expect(out).not.toMatch(/1984|19840307/);
  });
});

describe('split name fields and unpadded dates (second review)', () => {
  it('masks first/last inside a person and unpadded ISO dates, keeps pagination', () => {
    const r = createRedactor();
    expect(r.redact({ patient: { first: 'Jane', last: 'Roe' }, page: { first: 10, last: true } })).toEqual({
      patient: { first: '[REDACTED:NAME]', last: '[REDACTED:NAME]' },
      page: { first: 10, last: true },
    });
    expect(r.redactString('dob 1984-3-7')).toBe('dob [REDACTED:DATE]');
  });
});

describe('a record rendered as one JSON string', () => {
  it("keeps the rendered record's own timestamp and still masks its dates of birth", () => {
    const r = createRedactor();
    const line = JSON.stringify({ timestamp: '2024-03-03T10:15:30.123Z', dob: '1984-03-07', note: 'DOB 1984-03-07' });
    const out = r.redactString(line);
    expect(out).toContain('2024-03-03T10:15:30.123Z');
    expect(out).not.toContain('1984-03-07');
    const nested = JSON.stringify(r.redact({ a: { b: JSON.stringify({ timestamp: '2024-03-03T10:15:30.123Z' }) } }));
    expect(nested).not.toContain('2024-03-03T10:15:30.123Z');
  });
});

describe('detector failures in reports', () => {
  it('counts a throwing detector in each call that meets it, cached or not, without quoting data', () => {
    const seen: RedactionFailure[] = [];
    const boom = defineDetector({ id: 'boom', kind: 'ssn', source: String.raw`\d{3}-\d{2}-\d{4}`, confirm: () => { throw new Error('123-45-6789'); } });
    const r = createRedactor({ detectors: [boom], onFailure: (f) => seen.push(f) });
    for (let i = 0; i < 2; i++) {
      const { value, report } = r.redactWithReport({ note: 'SSN 123-45-6789' });
      expect(report.failures).toBe(1);
      expect(JSON.stringify(value)).not.toContain('123-45-6789');
    }
    expect(JSON.stringify(seen)).not.toContain('123-45-6789');
  });
});
