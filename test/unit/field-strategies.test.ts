import { describe, expect, it } from 'vitest';
import { createRedactor, RedactionConfigError } from '../../src/index.js';

describe('field rules with strategies', () => {
  it('applies a field rule strategy to that field only', () => {
    const r = createRedactor({ fields: { 'patient.zip': { kind: 'zip', strategy: 'generalize' } } });
    const out = r.redact({ patient: { zip: '02139' }, clinic: { zip: '02139' } }) as Record<string, Record<string, string>>;
    expect(out.patient!.zip).toBe('021**');
    expect(out.clinic!.zip).toBe('[REDACTED:ZIP]');
  });

  it("drops a field whose rule says 'remove', without touching the caller's object", () => {
    const input = { patient: { notes: 'Jane Roe called', id: 7 }, msg: 'ok' };
    const before = structuredClone(input);
    const out = createRedactor({ fields: { 'patient.notes': { kind: 'name', strategy: 'remove' } } }).redact(input);
    expect(out).toEqual({ patient: { id: '[REDACTED:ID]' }, msg: 'ok' });
    expect(input).toEqual(before);
  });

  it("drops every field of a kind whose strategy is 'remove', also under Error properties", () => {
    const err = Object.assign(new Error('failed'), { ssn: '123-45-6789' });
    const out = createRedactor({ strategies: { ssn: 'remove' } }).redact({ ssn: '123-45-6789', err }) as Record<string, unknown>;
    expect('ssn' in out).toBe(false);
    expect('ssn' in (out.err as object)).toBe(false);
    expect(JSON.stringify(out)).not.toContain('123-45-6789');
  });

  it('uses the kind strategy for a field rule without its own', () => {
    const out = createRedactor({ fields: { contact: 'phone' }, strategies: { phone: 'partial' } }).redact({ contact: '555-929-9025' });
    expect(out).toEqual({ contact: '***-***-9025' });
  });

  it('rejects an unknown field strategy at construction, quoting only configuration', () => {
    expect(() => createRedactor({ fields: { zip: { kind: 'zip', strategy: 'shuffle' as 'tag' } } })).toThrow(RedactionConfigError);
    expect(() => createRedactor({ fields: { zip: { kind: 'ZIP' } } })).toThrow(/kind/);
  });
});
