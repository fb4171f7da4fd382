import { describe, expect, it } from 'vitest';
import { test, fc } from '@fast-check/vitest';
import { createRedactor } from '../../../src/index.js';
import { fhirFields } from '../../../patterns/fhir-fields.js';

// Synthetic FHIR R4 resources shaped like Synthea output; no real person.
const patient = {
  resourceType: 'Patient',
  id: 'c0ffee00-1111-4222-8333-444455556666',
  meta: { lastUpdated: '2024-01-01T00:00:00Z' },
  text: { status: 'generated', div: '<div>Quentala Zyborski, born 1994-02-01</div>' },
  extension: [
    { url: 'http://hl7.org/fhir/us/core/StructureDefinition/us-core-race', extension: [{ url: 'text', valueString: 'Other' }] },
    { url: 'http://hl7.org/fhir/StructureDefinition/patient-mothersMaidenName', valueString: 'Eloisa Arevalo' },
    { url: 'http://hl7.org/fhir/StructureDefinition/patient-birthPlace', valueAddress: { city: 'Ponce', state: 'Puerto Rico', country: 'PR' } },
  ],
  identifier: [
    { type: { coding: [{ system: 'http://terminology.hl7.org/CodeSystem/v2-0203', code: 'MR' }] }, system: 'http://hospital.example.org', value: 'MRN-48213' },
    { type: { coding: [{ code: 'SS' }] }, system: 'http://hl7.org/fhir/sid/us-ssn', value: '999-88-8619' },
    { type: { coding: [{ code: 'DL' }] }, system: 'urn:oid:2.16.840.1.113883.4.3.25', value: 'S99955854' },
    { type: { coding: [{ code: 'PPN' }] }, value: 'X46531854X' },
  ],
  name: [{ use: 'official', family: 'Zyborski', given: ['Quentala'], prefix: ['Mr.'] }],
  telecom: [
    { system: 'phone', value: '555-929-9025', use: 'home' },
    { system: 'email', value: 'q.zyborski@example.org' },
  ],
  gender: 'male',
  birthDate: '1994-02-01',
  deceasedDateTime: '2020-05-05T10:00:00Z',
  address: [
    {
      extension: [
        {
          url: 'http://hl7.org/fhir/StructureDefinition/geolocation',
          extension: [{ url: 'latitude', valueDecimal: 41.725351 }, { url: 'longitude', valueDecimal: -71.094162 }],
        },
      ],
      line: ['586 Canary Ranch Unit 68'],
      city: 'Fall River',
      state: 'MA',
      postalCode: '02720',
      country: 'US',
    },
  ],
  photo: [{ contentType: 'image/jpeg', data: 'iVBORw0KGgoAAAANSUhEUg' }],
  contact: [{ relationship: [{ coding: [{ code: 'N' }] }], name: { family: 'Brannigan', given: ['Ulla'] }, telecom: [{ system: 'phone', value: '617-555-0142' }] }],
};

const encounter = {
  resourceType: 'Encounter',
  id: '0a886118-de47-4121-b4e7-67766953c54e',
  status: 'finished',
  class: { system: 'http://terminology.hl7.org/CodeSystem/v3-ActCode', code: 'AMB' },
  subject: { reference: 'urn:uuid:c0ffee00-1111-4222-8333-444455556666', display: 'Quentala Zyborski' },
  participant: [{ individual: { reference: 'Practitioner/pr-7', display: 'Dr. Ada Lovelace' } }],
  period: { start: '2019-12-31T22:28:27+00:00', end: '2019-12-31T22:43:27+00:00' },
  meta: { tag: [{ system: 'https://smarthealthit.org/tags', code: 'synthea-5-2019' }] },
};

const redactor = createRedactor({ onFailure: () => {} });
const out = (v: unknown): string => JSON.stringify(redactor.redact(v));

describe('fhirRule', () => {
  it('masks every identifying element of a Patient', () => {
    const s = out(patient);
    for (const phi of ['c0ffee00-1111', 'Zyborski', 'Quentala', 'Eloisa', 'Arevalo', 'Ponce', 'MRN-48213', '999-88-8619', 'S99955854', 'X46531854X', '555-929-9025', 'q.zyborski@example.org', '1994-02-01', '2020-05-05', '41.725351', '-71.094162', '586 Canary', 'Fall River', '02720', 'iVBORw0KGgo', 'Brannigan', 'Ulla', '617-555-0142']) {
      expect(s).not.toContain(phi);
    }
  });

  it('masks identifiers by type and telecom by system, keeping system, type and use', () => {
    const r = redactor.redact(patient) as typeof patient;
    expect(r.identifier.map((i) => i.value)).toEqual(['[REDACTED:MRN]', '[REDACTED:SSN]', '[REDACTED:LICENSE]', '[REDACTED:PASSPORT]']);
    expect(r.identifier[1]!.system).toBe('http://hl7.org/fhir/sid/us-ssn');
    expect(r.telecom.map((t) => t.value)).toEqual(['[REDACTED:PHONE]', '[REDACTED:EMAIL]']);
    expect(r.telecom[0]!.use).toBe('home');
    expect(r.address[0]!.state).toBe('MA');
    expect(r.address[0]!.country).toBe('US');
    expect(r.address[0]!.postalCode).toBe('[REDACTED:ZIP]');
    expect(r.gender).toBe('male');
    expect(r.meta.lastUpdated).toBe('2024-01-01T00:00:00Z');
    const geo = r.address[0]!.extension[0]!.extension.map((e) => e.valueDecimal);
    expect(geo).toEqual(['[REDACTED:GEO]', '[REDACTED:GEO]']);
    expect(JSON.stringify(r.extension[0])).toContain('Other');
  });

  it('masks a compartment resource id, patient reference and dates, and keeps codes and practitioners', () => {
    const r = redactor.redact(encounter) as typeof encounter;
    expect(r.id).toBe('[REDACTED:ID]');
    expect(r.subject.reference).not.toContain('c0ffee00');
    expect(r.subject.display).not.toContain('Zyborski');
    expect(r.period.start).not.toContain('2019-12-31');
    expect(r.class.code).toBe('AMB');
    expect(r.status).toBe('finished');
    expect(r.participant[0]!.individual.reference).toBe('Practitioner/pr-7');
    expect(r.meta).toEqual(encounter.meta);
  });

  it('masks the patient id wherever a Bundle repeats it and names in the narrative', () => {
    const bundle = {
      resourceType: 'Bundle',
      type: 'transaction',
      entry: [
        { fullUrl: `urn:uuid:${patient.id}`, resource: patient },
        { fullUrl: `urn:uuid:${encounter.id}`, resource: encounter },
      ],
    };
    const s = out(bundle);
    expect(s).not.toContain(patient.id);
    expect(s).not.toContain(encounter.id);
    expect(s).not.toContain('Zyborski');
    expect(s).toContain('"resourceType":"Bundle"');
  });

  it('reads FHIR logged as a JSON string inside a log record', () => {
    const r = redactor.redact({ level: 30, time: 1712332904121, name: 'fhir-gateway', msg: 'FHIR Patient received', body: JSON.stringify(patient) }) as Record<string, unknown>;
    expect(r.name).toBe('fhir-gateway');
    expect(r.time).toBe(1712332904121);
    expect(r.body).not.toContain('Zyborski');
    expect(r.body).not.toContain('999-88-8619');
  });

  it('treats person-shaped payloads without resourceType as persons, but not log envelopes', () => {
    const r = redactor.redact({ mrn: 'A7781234', name: { family: 'Zyborski', given: ['Quentala'] }, birthDate: '1994-02-01' });
    expect(JSON.stringify(r)).not.toContain('Zyborski');
    const log = redactor.redact({ level: 30, name: 'intake-api', pid: 42, gender: 'n/a' }) as Record<string, unknown>;
    expect(log.name).toBe('intake-api');
  });

  it('masks identifier values and patient ids in FHIR diagnostics and search text', () => {
    const s = redactor.redactString('Patient with identifier http://hospital.example.org|cb5696d9-a0de-4f49 already exists; see Patient/pt-00912');
    expect(s).not.toContain('cb5696d9');
    expect(s).not.toContain('pt-00912');
    expect(s).toContain('http://hospital.example.org|');
    expect(s).toContain('Patient/');
  });

  it('does not mutate the resource', () => {
    const copy = structuredClone(patient);
    redactor.redact(patient);
    expect(patient).toEqual(copy);
  });

  test.prop([
    fc.stringMatching(/^[A-Z][a-z]{3,10}$/),
    fc.stringMatching(/^[A-Z][a-z]{3,10}$/),
    fc.stringMatching(/^[A-Z0-9]{6,12}$/),
    fc.date({ min: new Date('1900-01-01'), max: new Date('2020-12-31'), noInvalidDate: true }),
  ])('never lets a generated Patient name, MRN or birth date through', (family, given, mrn, dob) => {
    const birthDate = dob.toISOString().slice(0, 10);
    const p = {
      resourceType: 'Patient',
      identifier: [{ type: { coding: [{ code: 'MR' }] }, value: mrn }],
      name: [{ family, given: [given] }],
      birthDate,
      text: { div: `<div>${given} ${family.toUpperCase()}, MRN ${mrn}, DOB ${birthDate.replace(/-/g, '')}</div>` },
    };
    const s = out({ msg: 'patient', resource: p });
    for (const v of [family, family.toUpperCase(), given, mrn, birthDate, birthDate.replace(/-/g, '')]) expect(s).not.toContain(v);
  });
});

describe('fhirFields', () => {
  it('masks FHIR elements by path for data without resourceType', () => {
    const r = createRedactor({ fields: fhirFields, onFailure: () => {} });
    const s = JSON.stringify(r.redact({ payload: { name: [{ family: 'Zyborski', given: ['Quentala'] }], identifier: [{ system: 'urn:x', value: 'K-99812' }], telecom: [{ system: 'phone', value: '555 0142' }], address: { city: 'Ponce', state: 'PR' } } }));
    for (const phi of ['Zyborski', 'Quentala', 'K-99812', '555 0142', 'Ponce']) expect(s).not.toContain(phi);
    expect(s).toContain('"state":"PR"');
    expect(s).toContain('"system":"urn:x"');
  });
});
