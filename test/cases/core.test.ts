/**
 * Engine bug cases. Case data copied from /work/shared/cases/bug-cases.md (B02, B04-B07, B20,
 * B23, B25, B27; values are fake); markers ($type, $ref, $repeat) built by `buildCase`.
 * "baseline" = default `createRedactor()`, plus `fields` for extra paths and containers.
 */
import { describe, expect, it } from 'vitest';
import { createRedactor, markers } from '../../src/index.js';
import { allText, buildCase } from '../support/arbitraries.js';

const baseline = createRedactor();

function expectNoPhi(out: unknown, phi: readonly string[]): void {
  const json = JSON.stringify(out);
  const text = allText(out);
  // Booleans keep a failure message short (B27's record is 360 KB).
  const leaked = phi.filter((p) => json.includes(p) || text.includes(p));
  expect(leaked).toEqual([]);
}

describe('bug cases (core)', () => {
  it('B02 masks ssn at any depth, through arrays, keeping the rest', () => {
    // B02 (pinojs/pino#1064 kind): nested and array-held ssn fields.
    const value = { a: { ssn: '123-45-6789', b: [{ c: { ssn: '111-22-3333' } }] }, keep: 'visible' };
    const out = baseline.redact(value) as typeof value;
    expectNoPhi(out, ['123-45-6789', '111-22-3333']);
    expect(out.keep).toBe('visible');
    expect(Array.isArray(out.a.b)).toBe(true);
  });

  it('B04 matches key variants by case, separators, synonyms and affixes', () => {
    const value = buildCase({ SSN: '123-45-6789', Ssn: '111-22-3333', socialSecurityNumber: '123456789', patient_ssn: '123-45-6789', SocialSecurityNo: '111223333', DOB: '1984-03-07', Date_Of_Birth: '1984-03-07' });
    const out = baseline.redact(value) as Record<string, string>;
    expectNoPhi(out, ['123-45-6789', '111-22-3333', '123456789', '111223333', '1984-03-07']);
    expect(Object.keys(out)).toEqual(Object.keys(value as object));
  });

  it('B05 masks a PHI container that holds a scalar whole, leaving msg', () => {
    const redactor = createRedactor({ fields: { patient: 'patient' } });
    const value = buildCase({ msg: 'lookup', patient: 'Jane Roe, DOB 1984-03-07, SSN 123-45-6789' });
    const out = redactor.redact(value) as Record<string, unknown>;
    expectNoPhi(out, ['Jane Roe', '1984-03-07', '123-45-6789']);
    expect(out.msg).toBe('lookup');
    expect(typeof out.patient).toBe('string');
  });

  it('B06 keeps null on a wildcard path and masks the sibling branch', () => {
    const redactor = createRedactor({ fields: { '*.*.mrn': 'mrn' } });
    const value = buildCase({ encounter: { patient: null }, referral: { patient: { mrn: 'MRN-00482139' } }, count: 3 });
    const out = redactor.redact(value) as { encounter: { patient: unknown }; count: number };
    expectNoPhi(out, ['MRN-00482139', '00482139']);
    expect(out.encounter.patient).toBeNull();
    expect(out.count).toBe(3);
  });

  it('B07 masks nested wildcard paths without touching the caller object, same output twice', () => {
    const redactor = createRedactor({ fields: { 'visits[*].labs[*].value': 'lab', '*.patient.mrn': 'mrn', 'visits[*].patient.mrn': 'mrn' } });
    const value = buildCase({ visits: [{ patient: { mrn: 'MRN-00482139' }, labs: [{ code: 'A1C', value: '6.1' }, { code: 'LDL', value: '130' }, { code: 'TSH', value: '2.4' }] }] });
    const before = structuredClone(value);
    const first = redactor.redact(value);
    expectNoPhi(first, ['MRN-00482139', '6.1', '130', '2.4']);
    expect(value).toEqual(before);
    expect(redactor.redact(value)).toEqual(first);
    const labs = (first as { visits: Array<{ labs: Array<{ code: string }> }> }).visits[0]!.labs;
    expect(labs.map((l) => l.code)).toEqual(['A1C', 'LDL', 'TSH']);
  });

  it('B20 redacts decoded values, keeping quotes, backslash and structure', () => {
    const value = buildCase({ headers: { Cookie: { session: 'abc' }, Host: 'ehr.example.test' }, note: 'pt said "my SSN is 123-45-6789" twice\\', tail: 'kept' });
    const line = JSON.stringify(baseline.redact(value));
    expect(line).not.toContain('123-45-6789');
    const parsed = JSON.parse(line) as { note: string; tail: string; headers: Record<string, unknown> };
    expect(parsed.tail).toBe('kept');
    expect(parsed.note.startsWith('pt said "my SSN is ')).toBe(true);
    expect(parsed.note.endsWith('" twice\\')).toBe(true);
    expect(Object.keys(parsed.headers)).toEqual(['Cookie', 'Host']);
  });

  it('B23 marks the true cycle and renders the shared object under both keys', () => {
    const value = buildCase({ patient: { ssn: '123-45-6789', self: { $ref: '/value/patient' } }, clinic: { address: '12 Example St' }, billingClinic: { $ref: '/value/clinic' } });
    const out = baseline.redact(value) as { patient: { self: unknown }; clinic: { address: string }; billingClinic: { address: string } };
    expectNoPhi(out, ['123-45-6789', '12 Example St']);
    expect(out.patient.self).toBe(markers.circular);
    expect(typeof out.clinic.address).toBe('string');
    expect(out.billingClinic.address).toBe(out.clinic.address);
  });

  it('B25 keeps an Error readable: type, scrubbed message, stack frames, props and cause', () => {
    const value = buildCase({ err: { $type: 'Error', name: 'ValidationError', message: 'invalid DOB 1984-03-07 for MRN-00482139', stack: 'ValidationError: invalid DOB 1984-03-07 for MRN-00482139\n    at check (intake.js:5:11)', props: { field: 'dob', patientEmail: 'jane.roe@example.com' }, cause: { $type: 'Error', name: 'Error', message: 'upstream said SSN 123-45-6789 mismatch' } } });
    const out = baseline.redact(value) as { err: Record<string, unknown> };
    expectNoPhi(out, ['1984-03-07', 'MRN-00482139', '00482139', 'jane.roe@example.com', '123-45-6789']);
    expect(out.err.type).toBe('ValidationError');
    expect(String(out.err.message)).toContain('invalid DOB');
    expect(String(out.err.stack)).toContain('at check (intake.js:5:11)');
    expect(out.err.field).toBe('dob');
    expect(String((out.err.cause as Record<string, unknown>).message)).toContain('upstream said SSN');
  });

  it('B27 truncates a 360 KB field with a marker and still redacts the tail', () => {
    const value = buildCase({ note: { $repeat: { text: '1-2-3-45-', times: 40000 } }, tail: 'contact jane.roe@example.com or 555-0142' });
    const { value: out, report } = baseline.redactWithReport(value);
    const o = out as { note: string; tail: string };
    expectNoPhi(o, ['jane.roe@example.com', '555-0142']);
    expect(o.note.length).toBeLessThanOrEqual(65536);
    expect(o.note.endsWith(markers.truncated)).toBe(true);
    expect(o.tail.startsWith('contact ')).toBe(true);
    expect(report.limits.string).toBe(1);
    // Generous bound (the benchmark measures speed): linear work on 360 KB is milliseconds.
    const t = performance.now();
    for (let i = 0; i < 5; i++) createRedactor().redact(value);
    expect((performance.now() - t) / 5).toBeLessThan(2000);
  });
});
