import { describe, expect, it } from 'vitest';
import { createRedactor } from '../../../src/index.js';

/** Identifiers glued to a word or `_` (file names, keys, error codes) from the second review. */
describe('glued identifiers', () => {
  const r = createRedactor();
  it.each([
    ['patient_123-45-6789', '123-45-6789'],
    ['report_123-45-6789.pdf', '123-45-6789'],
    ['x123-45-6789', '123-45-6789'],
    ['E_PATIENT_123-45-6789', '123-45-6789'],
    ['SSN123456789', '123456789'],
    ['MRN_00482139', '00482139'],
    ['Account_00482139', '00482139'],
    ['acct_00482139', '00482139'],
  ])('masks %s', (input, secret) => {
    expect(r.redactString(input)).not.toContain(secret);
  });

  it.each(['1-123-45-6789', '123-45-6789-0', 'ISBN 978-3-16-148410-0', 'NDC 0002-3227-30', 'account_type=basic'])('leaves %s alone', (input) => {
    expect(r.redactString(input)).toBe(input);
  });
});
