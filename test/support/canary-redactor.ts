import { builtinDetectors, createRedactor, defineDetector, escapePattern, withheld, type Redactor, type RedactorOptions } from '../../src/index.js';

/**
 * A redactor that also detects the given canaries wherever they appear. Adapter tests use it
 * where a case puts PHI in free text the built-in detectors do not cover yet (names, e-mail):
 * the adapter is under test, not detection quality, so a canary in the output means the
 * adapter let a field through unscanned.
 */
export function canaryRedactor(canaries: readonly string[], options: RedactorOptions = {}): Redactor {
  const canary = defineDetector({ id: 'test-canary', kind: 'canary', source: canaries.map(escapePattern).join('|') });
  return createRedactor({ ...options, detectors: [...builtinDetectors, canary] });
}

/**
 * A redactor whose every run fails: its replacement throws, so the walk cannot finish the
 * record and reports it unreadable. Used for the withhold paths.
 */
export function failingRedactor(): Redactor {
  return createRedactor({
    replacement: () => {
      throw new Error('forced failure');
    },
    onFailure: () => {},
  });
}

/**
 * A real redactor whose entry points report failure: `redactOrWithhold` returns `withheld` and
 * the others throw. Fault injection for the adapters' fail-closed paths (the engine itself
 * only withholds whole records in rare cases that are hard to provoke from outside).
 */
export function withholdingRedactor(): Redactor {
  const base = createRedactor();
  const fail = (): never => {
    throw new Error('forced failure');
  };
  return Object.freeze({ ...base, redactOrWithhold: () => withheld, redactString: fail, redact: fail });
}
