import { fc, test } from '@fast-check/vitest';
import { describe, expect, it } from 'vitest';
import { createRedactor } from '../../../src/index.js';

const redactor = createRedactor({ onFailure: () => {} });
const red = (s: string): string => redactor.redactString(s);

describe('url', () => {
  it('masks the path id and query values of B12/B19 and keeps the route', () => {
    expect(red('https://ehr.example.test/patients/123-45-6789/records?email=jane.roe%40example.com&dob=1984-03-07')).toBe(
      'https://ehr.example.test/patients/[REDACTED:ID]/records?email=[REDACTED:EMAIL]&dob=[REDACTED:DATE]',
    );
    expect(red('/patients/123-45-6789/records')).toBe('/patients/[REDACTED:ID]/records');
  });

  it('masks request lines and keeps method and protocol', () => {
    expect(red('GET /patients/123/notes?dob=1984-03-07 HTTP/1.1')).toBe('GET /patients/[REDACTED:ID]/notes?dob=[REDACTED:DATE] HTTP/1.1');
  });

  it('masks FHIR search values, keeps keys, modifiers and token systems', () => {
    expect(red('https://fhir.test/r4/Patient?family:exact=Mills&given=Sherlyn&_count=10')).toBe(
      'https://fhir.test/r4/Patient?family:exact=[REDACTED:NAME]&given=[REDACTED:NAME]&_count=10',
    );
    expect(red('/fhir/Patient?identifier=http%3A%2F%2Fhl7.org%2Ffhir%2Fsid%2Fus-ssn%7C999-93-4328')).toBe(
      '/fhir/Patient?identifier=http%3A%2F%2Fhl7.org%2Ffhir%2Fsid%2Fus-ssn%7C[REDACTED:ID]',
    );
  });

  it('keeps id-like route placeholders written as they are, not look-alikes', () => {
    expect(red('/patients/:id/notes')).toBe('/patients/:id/notes');
    expect(red('/patients/{patientId}/notes')).toBe('/patients/{patientId}/notes');
    expect(red('/patients/:jroe/notes')).toBe('/patients/[REDACTED:ID]/notes');
    expect(red('/patients/%3AA/notes')).toBe('/patients/[REDACTED:ID]/notes');
  });

  it('handles the peer vectors for user ids', () => {
    expect(red('/api/users/12345')).toBe('/api/users/[REDACTED:ID]');
    expect(red('/api/users')).toBe('/api/users');
  });

  it('scans other values decoded and masks user info', () => {
    expect(red('https://h.test/search?q=Patient%3A%20Jane%20Roe')).toBe('https://h.test/search?q=Patient: [REDACTED:NAME]');
    expect(red('https://user:pw@h.test/x')).toBe('https://[REDACTED:TOKEN]@h.test/x');
  });

  it.each(['https://example.com/docs/guide.html', '/var/log/app.log', 'see http://hl7.org/fhir/us/core/StructureDefinition/us-core-race', '/fhir/Patient/$everything'])(
    'leaves %s alone',
    (input) => {
      expect(red(input)).toBe(input);
    },
  );

  test.prop([fc.string({ minLength: 1, maxLength: 20 }).filter((s) => !s.startsWith('$') && !s.startsWith('_') && !s.includes("'"))])(
    'never keeps a segment after /patients/ and is idempotent',
    (id) => {
      const once = red(`https://h.test/patients/${encodeURIComponent(id)}/notes`);
      expect(once).toMatch(/^https:\/\/h\.test\/patients\/\[REDACTED:ID\]\/notes$|\/patients\/(me|self|current|search|new|count|all|bulk|batch)\/notes$/);
      expect(red(once)).toBe(once);
    },
  );

  it('finishes on a 1 MB URL quickly', () => {
    const big = 'https://h.test/' + 'patients/1/'.repeat(90_000) + '?a=' + '%41'.repeat(1000);
    const t0 = performance.now();
    const out = createRedactor({ maxStringLength: 2_000_000, maxTotalLength: 4_000_000 }).redactString(big);
    expect(performance.now() - t0).toBeLessThan(5000);
    expect(out).not.toContain('/patients/1/');
  });

  it('bounds URLs nested in query values: time per MB does not grow with size', () => {
    const r = createRedactor({ maxStringLength: 8_000_000, maxTotalLength: 16_000_000 });
    const perMb = [65_536, 1_048_576].map((n) => {
      const s = 'http://a/?x='.repeat(Math.ceil(n / 12)).slice(0, n);
      const t0 = performance.now();
      r.redactString(s);
      return (performance.now() - t0) / (n / 1_048_576);
    });
    // Quadratic rescans made the 1 MB input ~300x slower per MB than the 64 KB one; allow noise.
    expect(perMb[1]!).toBeLessThan(Math.max(perMb[0]! * 8, 2000));
  });

  it('masks a URL nested three deep whole and still scans the outer ones', () => {
    const out = red('see http://a/?next=http%3A%2F%2Fb%2F%3Fdob%3D1984-03-07');
    expect(out).not.toContain('1984-03-07');
    expect(out).toContain('http://a/?next=');
  });
});
