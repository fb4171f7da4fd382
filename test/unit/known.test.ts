import { describe, expect, it } from 'vitest';
import { createRedactor } from '../../src/index.js';
import { dateForms } from '../../src/known.js';

const redactor = createRedactor({ onFailure: () => {} });
const out = (v: unknown): string => JSON.stringify(redactor.redact(v));

describe('known values', () => {
  it('masks a tagged name wherever else the record repeats it, whatever its case', () => {
    const s = out({ patient: { firstName: 'Quentala', lastName: 'Zyborski' }, note: 'ZYBORSKI, QUENTALA called back', path: 'Account_zyborski' });
    expect(s).not.toMatch(/zyborski/i);
    expect(s).not.toMatch(/quentala/i);
  });

  it('masks a learned MRN inside references, ids and sibling HL7', () => {
    const s = out({ mrn: 'A77120993', ref: 'urn:uuid:A77120993', account: 'Account_A77120993', raw: 'OBX|1|TX|x||seen A77120993' });
    expect(s).not.toContain('A77120993');
  });

  it('finds a learned ISO birth date in its compact and US forms', () => {
    const s = out({ birthDate: '1963-03-06', msg: 'dob 19630306 / 03/06/1963 / 3/6/1963' });
    for (const v of ['1963-03-06', '19630306', '03/06/1963', '3/6/1963']) expect(s).not.toContain(v);
  });

  it('masks short names only where capitalised', () => {
    const r = redactor.redact({ patient: { firstName: 'May' }, msg: 'May said the job may retry' }) as { msg: string };
    expect(r.msg).toBe('[REDACTED:NAME] said the job may retry');
  });

  it('leaves records without learned values as they are', () => {
    const v = { msg: 'nothing to see', n: 3 };
    expect(redactor.redact(v)).toEqual(v);
  });
});

describe('dateForms', () => {
  it('lists the written forms of an ISO date or date-time', () => {
    expect(dateForms('2005-07-29T20:37:06+00:00')).toEqual(['20050729', '2005-07-29', '07/29/2005', '29.07.2005', '2005/07/29', '7/29/2005']);
    expect(dateForms('19630306')).toContain('1963-03-06');
  });
  it('keeps other values as written', () => {
    expect(dateForms('March 2024')).toEqual(['march 2024']);
  });
});

describe('known values at scale', () => {
  it('masks every occurrence, and a string built to repeat a learned value is masked whole in bounded time', () => {
    const r = createRedactor();
    const t0 = performance.now();
    const out = r.redact({ patients: Array.from({ length: 100 }, (_, i) => ({ mrn: '1'.repeat(5 + i) })), notes: Array.from({ length: 16 }, () => '1'.repeat(60_000)) });
    expect(performance.now() - t0).toBeLessThan(5000);
    expect(JSON.stringify(out)).not.toContain('11111');
    const many = r.redact({ patient: { mrn: 'A1234' }, note: 'A1234 '.repeat(5000) }) as { note: string };
    expect(many.note).not.toContain('A1234');
    expect(many.note.length).toBeLessThan(100);
  });
});
