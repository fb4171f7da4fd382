/**
 * Shared shape of the identifier detector tests (issue #3): every listed form is masked by the
 * detector alone and by the default redactor, near misses come back unchanged, generated valid
 * values never survive inside random text, and 1 MB adversarial inputs finish in bounded time.
 */
import { fc, test } from '@fast-check/vitest';
import { describe, expect, it } from 'vitest';
import { createRedactor, type Detector } from '../../../src/index.js';

/** A generated case: `text` holds `secret`, which must not survive redaction. */
export interface Embedded {
  readonly text: string;
  readonly secret: string;
}

export interface SuiteSpec {
  /** The detectors under test (one export, or a small family). */
  readonly detectors: readonly Detector[];
  /** `[input, secret]`: the secret must be gone from the output. */
  readonly masks: ReadonlyArray<readonly [string, string]>;
  /** Inputs the detectors must leave unchanged. */
  readonly keeps: readonly string[];
  /** Valid values (with any cue they need) for the no-leak property. */
  readonly valid: fc.Arbitrary<Embedded>;
  /** Adversarial inputs of about 1 MB. */
  readonly adversarial: readonly string[];
}

const quiet = { onFailure: () => {} };
const words = ['the', 'record', 'was', 'updated', 'and', 'note', 'log', 'entry', 'for', 'with', '--', ';', '(', ')', '"'];
/** Random filler text made of plain words and punctuation, never glued to the value. */
export const filler = fc.array(fc.constantFrom(...words), { maxLength: 8 }).map((w) => w.join(' '));

/** Runs the standard suite for `name`. */
export function detectorSuite(name: string, spec: SuiteSpec): void {
  const alone = createRedactor({ ...quiet, detectors: spec.detectors });
  const all = createRedactor(quiet);
  describe(name, () => {
    it.each(spec.masks.map(([input, secret]) => ({ input, secret })))('masks $secret in $input', ({ input, secret }) => {
      expect(alone.redactString(input)).not.toContain(secret);
      expect(all.redactString(input)).not.toContain(secret);
    });

    it.each(spec.keeps.map((input) => ({ input })))('leaves $input alone', ({ input }) => {
      expect(alone.redactString(input)).toBe(input);
    });

    test.prop([filler, spec.valid, filler], { numRuns: 150 })('never lets a generated value through', (pre, { text, secret }, post) => {
      const out = alone.redactString(`${pre} ${text} ${post}`);
      expect(out).not.toContain(secret);
    });

    it('finishes adversarial 1 MB inputs quickly', () => {
      const big = createRedactor({ ...quiet, detectors: spec.detectors, maxStringLength: 2_000_000, maxTotalLength: 4_000_000 });
      for (const input of spec.adversarial) {
        expect(input.length).toBeGreaterThanOrEqual(1_000_000);
        const started = performance.now();
        const out = big.redactString(input);
        expect(typeof out).toBe('string');
        expect(performance.now() - started).toBeLessThan(2000);
      }
    });
  });
}

/** `unit` repeated to at least 1 MB. */
export function mb(unit: string): string {
  return unit.repeat(Math.ceil(1_000_000 / unit.length));
}

/** Digit strings of exactly `n` digits. */
export function digits(n: number): fc.Arbitrary<string> {
  return fc.array(fc.integer({ min: 0, max: 9 }), { minLength: n, maxLength: n }).map((d) => d.join(''));
}

/** Appends the Luhn check digit to `body`. */
export function withLuhn(body: string): string {
  let sum = 0;
  for (let i = 0; i < body.length; i++) {
    let d = body.charCodeAt(body.length - 1 - i) - 48;
    if (i % 2 === 0) {
      d *= 2;
      if (d > 9) d -= 9;
    }
    sum += d;
  }
  return body + String((10 - (sum % 10)) % 10);
}
