import { inspect } from 'node:util';
import { fc, test } from '@fast-check/vitest';
import { describe, expect, it } from 'vitest';
import { createMasker, createRedactor, RedactionConfigError } from '../../src/index.js';

const secret = 'unit-test-secret-0123456789abcdef';
const key = { id: 'k1', secret };

describe('createMasker', () => {
  it('tags by default', () => {
    expect(createMasker({}).mask('ssn', '123-45-6789')).toBe('[REDACTED:SSN]');
  });

  it('keeps the last four digits with partial', () => {
    const m = createMasker({ strategies: { ssn: 'partial', phone: 'partial' } });
    expect(m.mask('ssn', '123-45-6789')).toBe('***-**-6789');
    expect(m.mask('phone', '(555) 123-4567')).toBe('(***) ***-4567');
    expect(m.mask('phone', '12345')).toBe('[REDACTED:PHONE]');
  });

  it('gives keyed pseudonyms that carry the key id and hide the secret', () => {
    const m = createMasker({ strategies: { ssn: 'hash' }, hmacKey: key });
    const a = m.mask('ssn', '123-45-6789');
    expect(a).toMatch(/^\[SSN:k1:[0-9a-f]{16}\]$/);
    expect(m.mask('ssn', '123 45 6789')).toBe(a);
    expect(m.mask('ssn', '123-45-6780')).not.toBe(a);
    const other = createMasker({ strategies: { ssn: 'hash' }, hmacKey: { id: 'k1', secret: secret + 'x' } });
    expect(other.mask('ssn', '123-45-6789')).not.toBe(a);
  });

  it('refuses hash without a key, and short secrets, without quoting them', () => {
    expect(() => createMasker({ strategies: { ssn: 'hash' } })).toThrow(RedactionConfigError);
    try {
      createMasker({ strategies: { ssn: 'hash' }, hmacKey: { id: 'k1', secret: 'tooshort-s3cr3t' } });
      expect.unreachable();
    } catch (e) {
      expect(e).toBeInstanceOf(RedactionConfigError);
      expect(String((e as Error).message)).not.toContain('tooshort-s3cr3t');
    }
    expect(() => createMasker({ strategies: { ssn: 'bogus' as never } })).toThrow(RedactionConfigError);
  });

  it('never shows the secret in inspect output of a redactor', () => {
    const r = createRedactor({ strategies: { ssn: 'hash' }, hmacKey: key });
    expect(inspect(r, { depth: 10, showHidden: true })).not.toContain(secret);
    expect(JSON.stringify(r.redactWithReport({ ssn: '123-45-6789' }))).not.toContain(secret);
  });

  it('generalizes dates to the year, old birth years to the tag, ages and ZIPs', () => {
    const m = createMasker({ strategies: { date: 'generalize', age: 'generalize', zip: 'generalize' } });
    const year = new Date().getUTCFullYear();
    expect(m.mask('date', `${year - 40}-03-07`)).toBe(String(year - 40));
    expect(m.mask('date', `03/07/${year - 95}`)).toBe('[REDACTED:DATE]');
    expect(m.mask('date', `${year - 90}-01-01`)).toBe('[REDACTED:DATE]');
    expect(m.mask('age', '93')).toBe('90+');
    expect(m.mask('age', '42')).toBe('42');
    expect(m.mask('zip', '02139-4307')).toBe('021**');
    expect(m.mask('zip', '03601')).toBe('000**');
    const custom = createMasker({ strategies: { zip: 'generalize' }, restrictedZipPrefixes: ['021'] });
    expect(custom.mask('zip', '02139')).toBe('000**');
    expect(custom.mask('zip', '03601')).toBe('036**');
  });

  it('reports remove for the walker and tags inside text', () => {
    const m = createMasker({ strategies: { name: 'remove' } });
    expect(m.strategyOf('name')).toBe('remove');
    expect(m.strategyOf('ssn')).toBe('tag');
    expect(m.mask('name', 'Jane Roe')).toBe('[REDACTED:NAME]');
    expect(m.maskAs('partial', 'ssn', '123-45-6789')).toBe('***-**-6789');
  });

  it('is idempotent through a redactor with partial and hash masks', () => {
    const r = createRedactor({ strategies: { ssn: 'partial', phone: 'partial', date: 'hash' }, hmacKey: key });
    const once = r.redactString('SSN 123-45-6789 DOB 1984-03-07 call 617-555-0199');
    expect(once).not.toContain('123-45-6789');
    expect(once).not.toContain('1984-03-07');
    expect(r.redactString(once)).toBe(once);
  });

  test.prop([fc.stringMatching(/^\d{3}-\d{2}-\d{4}$/)])('partial never keeps more than four digits', (ssn) => {
    const out = createMasker({ strategies: { ssn: 'partial' } }).mask('ssn', ssn);
    expect(out.replace(/\D/g, '')).toBe(ssn.slice(-4));
  });
});
