import { describe, expect, it } from 'vitest';
import { createRedactor, reportToMetrics } from '../../src/index.js';

describe('reportToMetrics', () => {
  const redactor = createRedactor({ onFailure: () => {} });

  it('flattens a report into counter points by kind and detector', () => {
    const { report } = redactor.redactWithReport({ msg: 'SSN 123-45-6789 and 987-65-4321, DOB 1984-03-07' });
    const points = reportToMetrics(report);
    const ssn = points.find((p) => p.name === 'phi_redact_redactions_total' && p.attributes.kind === 'ssn');
    expect(ssn?.value).toBe(report.byKind.ssn);
    expect(ssn?.value).toBeGreaterThanOrEqual(2);
    expect(points.some((p) => p.name === 'phi_redact_detections_total' && p.attributes.detector === 'date')).toBe(true);
    expect(points.every((p) => p.value !== 0)).toBe(true);
  });

  it('carries no value or key from the data', () => {
    const { report } = redactor.redactWithReport({ 'Jane Roe': '123-45-6789', note: 'Patient: Jane Roe' });
    const text = JSON.stringify(reportToMetrics(report, { includeZero: true }));
    expect(text).not.toContain('Jane');
    expect(text).not.toContain('6789');
  });

  it('adds records for stats() and honours the prefix', () => {
    redactor.redact({ ssn: '123-45-6789' });
    const points = reportToMetrics(redactor.stats(), { prefix: 'app' });
    expect(points.find((p) => p.name === 'app_records_total')?.value).toBeGreaterThanOrEqual(1);
    expect(points.every((p) => p.name.startsWith('app_'))).toBe(true);
  });
});
