import { describe, expect, it } from 'vitest';
import { createRedactor, defineDetector } from '../../src/index.js';

describe('values learned inside a rewrite', () => {
  it('masks an HL7 PID name and MRN wherever else the record repeats them', () => {
    const hl7 = 'MSH|^~\\&|LAB|HOSP|||20240101||ADT^A01|1|P|2.5\rPID|1||00482139^^^HOSP^MR||RIOJAS^ALEJANDRO||19630306|M';
    const out = JSON.stringify(createRedactor().redact({ hl7, note: 'Alejandro Riojas arrived, see chart 00482139' }));
    for (const secret of ['RIOJAS', 'ALEJANDRO', 'Alejandro', 'Riojas', '00482139']) expect(out).not.toContain(secret);
    expect(out).toContain('arrived');
  });

  it('keeps learning when the scan result comes from the cache', () => {
    const tagged = defineDetector({
      id: 'tagged-code',
      kind: 'name',
      source: String.raw`NAME<[A-Za-z]+>`,
      rewrite: (value, h) => {
        h.learn?.('name', value.slice(5, -1));
        return h.mask('name', value);
      },
    });
    const r = createRedactor({ detectors: [tagged] });
    for (let i = 0; i < 2; i++) {
      const out = JSON.stringify(r.redact({ a: 'NAME<Quixote>', b: 'hello Quixote' }));
      expect(out).not.toContain('Quixote');
    }
  });
});
