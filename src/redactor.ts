import type { Detector } from './detector.js';
import { RedactionConfigError, withheld, type Withheld } from './errors.js';
import { createMasker, type MaskOptions } from './mask.js';
import { guardFailureHandler, ReportSum, Tally, type FailureHandler, type RedactionReport } from './report.js';
import { Scanner } from './scan.js';
import { compileFields, type FieldRule } from './schema.js';
import { markers, Walk, type KeyEntry, type ObjectRule, type WalkPlan } from './walk.js';

/** Options for `createRedactor`. Every one is optional. */
export interface RedactorOptions extends MaskOptions {
  /** Run over every string, object keys included. @defaultValue `builtinDetectors` */
  readonly detectors?: readonly Detector[];
  /**
   * Field tags: a name (any depth, case and separators ignored) or a dotted path with `*` and
   * `**`, mapped to a PHI kind (masked whatever it holds) or `'safe'` (kept, not scanned).
   * @defaultValue `{}` (the built-in key dictionary still applies)
   */
  readonly fields?: Readonly<Record<string, FieldRule>>;
  /** Subtrees deeper than this are replaced whole (at most 500). @defaultValue `32` */
  readonly maxDepth?: number;
  /**
   * Values visited per record (objects, arrays and each of their entries); past it the rest of a
   * container is replaced by one marker. @defaultValue `100000`
   */
  readonly maxNodes?: number;
  /** Strings longer than this are cut (at a space) before scanning. @defaultValue `65536` */
  readonly maxStringLength?: number;
  /** Characters scanned per record; past it strings are replaced. @defaultValue `1048576` */
  readonly maxTotalLength?: number;
  /**
   * Kinds whose values, once seen in a tagged field, are masked everywhere else in the record.
   * @defaultValue `['name', 'mrn', 'ssn', 'date', 'id', 'phone', 'email', 'address']`
   */
  readonly learnKinds?: readonly string[];
  /** FHIR `resourceType`s whose fields are a person's. @defaultValue `['Patient', 'Person', 'RelatedPerson']` */
  readonly personResources?: readonly string[];
  /**
   * Presets that tag an object's fields from its content (see `ObjectRule`), e.g. the FHIR preset.
   * @defaultValue the built-in presets
   */
  readonly objectRules?: readonly ObjectRule[];
  /** Receives one data-free report per failure. @defaultValue a rate-limited process warning */
  readonly onFailure?: FailureHandler;
}

/** A compiled redactor. Safe to share; holds no per-call state. */
export interface Redactor {
  /** A redacted copy of `value`; the input is never mutated. Never throws. */
  redact<T>(value: T): T | unknown;
  /** `text` with every detector applied. Never throws. */
  redactString(text: string): string;
  /** Like `redact`, or `withheld` when the record cannot be redacted safely. */
  redactOrWithhold(value: unknown): unknown | Withheld;
  /** The redacted value and what was done to it (counts only, never values or keys). */
  redactWithReport(value: unknown): { readonly value: unknown; readonly report: RedactionReport };
  /** Counts summed over this redactor's lifetime, for metrics. */
  stats(): RedactionReport & { readonly records: number };
  /** The detectors this redactor runs. */
  readonly detectors: readonly Detector[];
}

/** What the root entry supplies as defaults. */
export interface BuiltIns {
  readonly detectors: readonly Detector[];
  readonly objectRules: readonly ObjectRule[];
}

const defaults = {
  maxDepth: 32,
  maxNodes: 100_000,
  maxStringLength: 65_536,
  maxTotalLength: 1_048_576,
  learnKinds: ['name', 'mrn', 'ssn', 'date', 'id', 'phone', 'email', 'address'],
  personResources: ['Patient', 'Person', 'RelatedPerson'],
};

/** Builds a redactor with the given default detectors (the root entry passes the built-ins). */
export function createRedactorWith(builtins: BuiltIns, options: RedactorOptions = {}): Redactor {
  if (typeof options !== 'object' || options === null) throw new RedactionConfigError('options must be an object');
  const onFailure = guardFailureHandler(options.onFailure);
  const detectors = options.detectors ?? builtins.detectors;
  checkDetectors(detectors);
  const masker = createMasker(options);
  const mask = masker.mask;
  const scanner = new Scanner(detectors, mask, (id) => onFailure({ code: 'ERR_REDACT_DETECTOR', stage: 'scan', detector: id }));
  const plan: WalkPlan = {
    scanner,
    mask,
    masker,
    fields: compileFields(options.fields),
    maxDepth: positive('maxDepth', options.maxDepth ?? defaults.maxDepth, 1, maxDepthCap),
    maxNodes: positive('maxNodes', options.maxNodes ?? defaults.maxNodes),
    maxStringLength: positive('maxStringLength', options.maxStringLength ?? defaults.maxStringLength, 64),
    maxTotalLength: positive('maxTotalLength', options.maxTotalLength ?? defaults.maxTotalLength),
    learnKinds: new Set(options.learnKinds ?? defaults.learnKinds),
    personResources: new Set(options.personResources ?? defaults.personResources),
    keyCache: new Map<string, KeyEntry>(),
    objectRules: options.objectRules ?? builtins.objectRules,
  };
  const sum = new ReportSum();

  const run = (value: unknown, tally: Tally): unknown | Withheld => {
    try {
      return new Walk(plan, tally).run(value);
    } catch {
      tally.failure('ERR_REDACT_INTERNAL', 'walk');
      return withheld;
    } finally {
      sum.add(tally);
    }
  };

  const redactor: Redactor = {
    detectors,
    redact(value) {
      const out = run(value, new Tally(detectors, onFailure));
      return out === withheld ? markers.withheld : out;
    },
    redactString(text) {
      const tally = new Tally(detectors, onFailure);
      try {
        return new Walk(plan, tally).text(String(text));
      } catch {
        tally.failure('ERR_REDACT_INTERNAL', 'scan');
        return markers.withheld;
      } finally {
        sum.add(tally);
      }
    },
    redactOrWithhold(value) {
      return run(value, new Tally(detectors, onFailure));
    },
    redactWithReport(value) {
      const tally = new Tally(detectors, onFailure);
      const out = run(value, tally);
      return { value: out === withheld ? markers.withheld : out, report: tally.report() };
    },
    stats: () => sum.snapshot(),
  };
  return Object.freeze(redactor);
}

function checkDetectors(detectors: readonly Detector[]): void {
  if (!Array.isArray(detectors)) throw new RedactionConfigError('detectors must be an array of defineDetector() results');
  const ids = new Set<string>();
  for (const d of detectors) {
    if (typeof d !== 'object' || d === null || typeof d.source !== 'string' || !Array.isArray(d.needs)) {
      throw new RedactionConfigError('detectors must be created with defineDetector()');
    }
    if (ids.has(d.id)) throw new RedactionConfigError(`detectors: duplicate id ${d.id}`);
    ids.add(d.id);
  }
}

function positive(name: string, n: number, min = 1, max = Number.MAX_SAFE_INTEGER): number {
  if (!Number.isInteger(n) || n < min || n > max) {
    throw new RedactionConfigError(`${name} must be an integer from ${min} to ${max}`);
  }
  return n;
}

/** The walk recurses per level; deeper limits would risk the stack before the limit applies. */
const maxDepthCap = 500;
