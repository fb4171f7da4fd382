/**
 * Safety properties: the input is never mutated, redacting twice equals once, clean log-like
 * records come back as themselves, redaction never throws (anything, cycles, throwing getters,
 * hostile proxies, throwing toJSON, a throwing detector) and the output always serializes.
 */
import { fc, test } from '@fast-check/vitest';
import { describe, expect } from 'vitest';
import { builtinDetectors, createRedactor, defineDetector, withheld } from '../../src/index.js';
import { allText, canary, deepFreeze, hostileProxy, propOptions, recordWrites, safeRecord } from '../support/arbitraries.js';

const redactor = createRedactor({ onFailure: () => {} });
const throwingDetector = defineDetector({
  id: 'throws',
  kind: 'test',
  source: String.raw`\d+`,
  confirm: () => {
    throw new Error('confirm SSN 123-45-6789');
  },
  rewrite: () => {
    throw new Error('rewrite SSN 123-45-6789');
  },
});
const fragile = createRedactor({ detectors: [...builtinDetectors, throwingDetector], onFailure: () => {} });

const anything = fc.anything({
  withBigInt: true,
  withBoxedValues: true,
  withDate: true,
  withMap: true,
  withSet: true,
  withNullPrototype: true,
  withObjectString: true,
  withSparseArray: true,
  withTypedArray: true,
  withUnicodeString: true,
  maxDepth: 4,
});

/** Values that fight the walker. */
const hostileKinds = ['throwing getter', 'hostile proxy', 'toJSON throws', 'toJSON returns a cycle', 'cycle', 'revoked proxy', 'throwing toString', 'frozen', 'sealed'] as const;
function hostile(kind: (typeof hostileKinds)[number], base: unknown): unknown {
  switch (kind) {
    case 'throwing getter':
      return Object.defineProperty({ base }, 'boom', { enumerable: true, get: () => { throw new Error('getter SSN 123-45-6789'); } });
    case 'hostile proxy':
      return { base, p: hostileProxy() };
    case 'toJSON throws':
      return { base, v: { toJSON: () => { throw new Error('toJSON SSN 123-45-6789'); } } };
    case 'toJSON returns a cycle': {
      const c: Record<string, unknown> = { base };
      c.self = c;
      return { v: { toJSON: () => c } };
    }
    case 'cycle': {
      const o: Record<string, unknown> = { base, list: [] };
      (o.list as unknown[]).push(o, { up: o });
      return o;
    }
    case 'revoked proxy': {
      const r = Proxy.revocable({}, {});
      r.revoke();
      return { base, r: r.proxy };
    }
    case 'throwing toString':
      return Object.assign(new Error('x'), { message: { toString: () => { throw new Error('no'); } } });
    case 'frozen':
      return Object.freeze({ base });
    case 'sealed':
      return Object.seal({ base, note: 'SSN 123-45-6789' });
  }
}
/** A kind and a base; the hostile value is built inside the test (fast-check prints arguments). */
const hostileCase = fc.tuple(fc.option(fc.constantFrom(...hostileKinds), { freq: 2 }), anything);

function serializes(out: unknown): boolean {
  if (out === withheld) return true;
  JSON.stringify(out);
  return true;
}

describe('redact: safety', () => {
  test.prop([hostileCase], propOptions)('returns, never throws, and serializes, for anything', ([kind, base]) => {
    const v = kind === null ? base : hostile(kind, base);
    for (const r of [redactor, fragile]) {
      expect(serializes(r.redact(v))).toBe(true);
      expect(serializes(r.redactOrWithhold(v))).toBe(true);
      expect(typeof r.redactWithReport(v).report.failures).toBe('number');
    }
  });

  test.prop([fc.string({ unit: 'binary' })], propOptions)('redactString returns a string for any text, even with a throwing detector', (s) => {
    expect(typeof fragile.redactString(s)).toBe('string');
    expect(typeof redactor.redactString(s)).toBe('string');
  });

  test.prop([anything, canary], propOptions)('never mutates input: deep-frozen graphs cause no failure', (v, c) => {
    const input = deepFreeze({ v, note: c.text, list: [c.text, { n: c.text }] });
    const before = allText(input);
    const { report } = redactor.redactWithReport(input);
    expect(report.failures).toBe(0);
    expect(allText(input)).toBe(before);
  });

  test.prop([anything, canary], propOptions)('never mutates input: proxies record no write', (v, c) => {
    const writes: string[] = [];
    redactor.redact(recordWrites({ v: structuredCloneable(v), note: c.text }, writes));
    expect(writes).toEqual([]);
  });

  test.prop([fc.oneof(anything, safeRecord), fc.array(canary, { maxLength: 3 })], propOptions)('redacting twice equals redacting once', (v, cs) => {
    const input = { v, notes: cs.map((c) => c.text), json: JSON.stringify({ note: cs[0]?.text ?? 'none' }) };
    const once = redactor.redact(input);
    expect(redactor.redact(once)).toEqual(once);
  });

  test.prop([safeRecord], propOptions)('returns clean log-like records unchanged, as a copy', (record) => {
    const { value, report } = redactor.redactWithReport(record);
    expect(value).toEqual(record);
    // Always a copy: a getter on the caller's object is never read again by a serializer.
    if (typeof record === 'object' && record !== null) expect(value).not.toBe(record);
    expect(report.redactions).toBe(0);
  });
});

/** Proxies over typed arrays and Dates break their own methods; keep those out of the write test. */
function structuredCloneable(v: unknown): unknown {
  return ArrayBuffer.isView(v) || v instanceof Date || v instanceof Map || v instanceof Set ? String(typeof v) : v;
}
