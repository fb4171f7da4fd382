import { RedactionConfigError } from './errors.js';

/**
 * Character classes a detector needs in a string before its pattern can match. The scanner
 * computes the classes present in a string with one pass over its characters and skips every
 * detector whose needs are not met, so most log strings never reach `re2` at all.
 */
export type CharNeed = 'digit' | 'at' | 'upper' | 'colon' | 'pipe' | 'percent' | 'letter';

/** Tools a detector's `rewrite` gets to mask parts of its match. */
export interface RewriteHelpers {
  /** The configured replacement for a value of `kind` (tag, partial, hash, ...). */
  mask(kind: string, value: string): string;
  /** Runs every detector over `text` and returns it redacted. */
  scan(text: string): string;
  /**
   * Reports a value the match revealed in a structured position (an HL7 PID-5 name), so the
   * walker masks it wherever else it occurs in the same record.
   */
  learn?(kind: string, value: string): void;
}

/** What a detector is: data the engine compiles once into one scanner. */
export interface DetectorDefinition {
  /** Kebab-case id, reported in counts and failures (`'us-ssn'`). */
  readonly id: string;
  /** The PHI kind masked (`'ssn'`), shown in the default tag `[REDACTED:SSN]`. */
  readonly kind: string;
  /** RE2 syntax: no lookaround, no backreferences. Must not match the empty string. */
  readonly source: string;
  /** Case-insensitive matching. @defaultValue `false` */
  readonly ignoreCase?: boolean;
  /** Capture group holding the value (a leading guard or label stays). @defaultValue `0` */
  readonly group?: number;
  /** Character classes that must all occur in a string for this pattern to be tried. */
  readonly needs?: readonly CharNeed[];
  /**
   * Rejects a candidate that is certainly not PHI (`false`), keeps it (`true`), or trims it to end
   * earlier (a number between `start` and `end`, e.g. to leave a trailing stop word). Must not
   * throw; if it does, the candidate is masked whole.
   */
  readonly confirm?: (text: string, start: number, end: number) => boolean | number;
  /** Replaces the match with a partly masked form (URLs keep their route). @defaultValue mask it whole */
  readonly rewrite?: (value: string, helpers: RewriteHelpers) => string;
  /** Breaks ties between overlapping matches of equal length; higher wins. @defaultValue `0` */
  readonly priority?: number;
}

/** A validated, frozen detector. */
export interface Detector extends DetectorDefinition {
  readonly group: number;
  readonly needs: readonly CharNeed[];
  readonly priority: number;
  readonly ignoreCase: boolean;
}

const idShape = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
const needNames: ReadonlySet<string> = new Set([
  'digit',
  'at',
  'upper',
  'colon',
  'pipe',
  'percent',
  'letter',
]);

/** Validates a detector definition and returns it frozen with defaults filled in. */
export function defineDetector(definition: DetectorDefinition): Detector {
  const { id, kind, source } = definition;
  if (typeof id !== 'string' || !idShape.test(id)) {
    throw new RedactionConfigError(`defineDetector: id must be kebab-case, got ${JSON.stringify(id)}`);
  }
  if (typeof kind !== 'string' || !/^[a-z][a-z0-9-]*$/.test(kind)) {
    throw new RedactionConfigError(`defineDetector(${id}): kind must be lower-case words`);
  }
  if (typeof source !== 'string' || source.length === 0) {
    throw new RedactionConfigError(`defineDetector(${id}): source must be a non-empty RE2 pattern`);
  }
  const needs = definition.needs ?? [];
  for (const need of needs) {
    if (!needNames.has(need)) throw new RedactionConfigError(`defineDetector(${id}): unknown need ${need}`);
  }
  const group = definition.group ?? 0;
  if (!Number.isInteger(group) || group < 0) {
    throw new RedactionConfigError(`defineDetector(${id}): group must be an integer >= 0`);
  }
  return Object.freeze({
    ...definition,
    group,
    needs: Object.freeze([...needs]),
    priority: definition.priority ?? 0,
    ignoreCase: definition.ignoreCase ?? false,
  });
}

/** Escapes text for use as a literal inside an RE2 pattern. */
export function escapePattern(text: string): string {
  return text.replace(/[\\^$.*+?()[\]{}|/-]/g, '\\$&');
}
