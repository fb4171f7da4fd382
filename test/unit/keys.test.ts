import { describe, expect, it } from 'vitest';
import { classifyKey, normalizeKey } from '../../src/keys.js';
import { createRedactor } from '../../src/index.js';

const none = new Map<string, string>();
const kindOf = (k: string): string | null => classifyKey(k, none).kind;

describe('classifyKey', () => {
  it('matches dictionary keys whatever their case and separators', () => {
    expect(normalizeKey('Date_Of-Birth')).toBe('dateofbirth');
    expect(kindOf('SSN')).toBe('ssn');
    expect(kindOf('social_security_number')).toBe('ssn');
    expect(kindOf('patientMRN')).toBe('mrn');
  });

  it('reads the last word of CSV and camelCase keys', () => {
    expect(kindOf('Patient_county')).toBe('address');
    expect(kindOf('Patient_street')).toBe('address');
    expect(kindOf('Patient_street_2')).toBe('address');
    expect(kindOf('homeCity')).toBe('address');
    expect(kindOf('Illness_onset_date')).toBe('date');
    expect(kindOf('Specimen_collection_date_time')).toBe('date');
    expect(kindOf('Date_result_released')).toBe('date');
  });

  it('does not read words inside other words', () => {
    expect(kindOf('Patient_ethnicity')).toBeNull();
    expect(kindOf('velocity')).toBeNull();
    expect(kindOf('date_format')).toBeNull();
    expect(kindOf('lastUpdated')).toBeNull();
  });

  it('keeps envelope keys envelope, not PHI', () => {
    for (const k of ['time', 'timestamp', '@timestamp', 'eventDate']) {
      const c = classifyKey(k, none);
      expect(c.envelope).toBe(true);
      expect(c.kind).toBeNull();
    }
  });
});

describe('key dictionary in a redactor', () => {
  it('keeps the log envelope and masks a CSV row logged by pino', () => {
    const r = createRedactor({ onFailure: () => {} });
    const rec = { level: 40, time: 1727429120764, hostname: 'csv-worker-1', name: 'csv-upload-worker', msg: 'CSV row failed validation', row: { Patient_county: 'Wade Hampton', Testing_lab_county: 'Wade Hampton', Test_date: '20210726', Patient_state: 'AK' } };
    const out = r.redact(rec) as typeof rec;
    expect(out.level).toBe(40);
    expect(out.time).toBe(1727429120764);
    expect(out.hostname).toBe('csv-worker-1');
    expect(out.name).toBe('csv-upload-worker');
    expect(JSON.stringify(out.row)).not.toContain('Wade Hampton');
    expect(out.row.Test_date).toBe('[REDACTED:DATE]');
    expect(out.row.Patient_state).toBe('AK');
  });
});
