import type { Detector } from './detector.js';
import type { RedactionErrorCode, RedactionStage } from './errors.js';

/**
 * Counting what was redacted, and failure reports. Reports carry counts by kind and detector,
 * the limits that were hit and failure codes: never values, never key names.
 */

/** Which limit replaced a value. */
export type LimitName = 'depth' | 'nodes' | 'string' | 'total';

/** Counts for one call or, summed, for a redactor's lifetime. */
export interface RedactionReport {
  /** Values or spans masked. */
  readonly redactions: number;
  /** Masks by kind (`ssn`, `name`, ...). */
  readonly byKind: Readonly<Record<string, number>>;
  /** Masks by detector id; `field` for field rules, `known-value` for values learned in the record. */
  readonly byDetector: Readonly<Record<string, number>>;
  /** Values replaced because a limit was reached. */
  readonly limits: Readonly<Record<LimitName, number>>;
  /** Failures inside redaction (the value was masked). */
  readonly failures: number;
}

/** One data-free failure report. */
export interface RedactionFailure {
  readonly code: RedactionErrorCode;
  readonly stage: RedactionStage;
  readonly detector?: string;
}

/** Receives failure reports. Must not log the input (it has none) through the guarded logger. */
export type FailureHandler = (failure: RedactionFailure) => void;

/** Per-call counters; cheap when nothing is found. */
export class Tally {
  readonly #detectors: readonly Detector[];
  readonly #onFailure: FailureHandler;
  redactions = 0;
  #limitCount = 0;
  failures = 0;
  byKind: Record<string, number> | null = null;
  byDetector: Record<string, number> | null = null;
  limits: Record<LimitName, number> | null = null;

  constructor(detectors: readonly Detector[], onFailure: FailureHandler) {
    this.#detectors = detectors;
    this.#onFailure = onFailure;
  }

  hits(indices: readonly number[]): void {
    for (const i of indices) {
      const d = this.#detectors[i];
      if (d !== undefined) this.count(d.kind, d.id);
    }
  }

  field(kind: string): void {
    this.count(kind, 'field');
  }

  count(kind: string, detector: string): void {
    this.redactions++;
    const k = (this.byKind ??= {});
    k[kind] = (k[kind] ?? 0) + 1;
    const d = (this.byDetector ??= {});
    d[detector] = (d[detector] ?? 0) + 1;
  }

  limit(name: LimitName): void {
    const l = (this.limits ??= { depth: 0, nodes: 0, string: 0, total: 0 });
    l[name]++;
    this.#limitCount++;
  }

  /**
   * Grows whenever a value was masked, replaced by a marker or cut: the walker compares it
   * before and after a subtree to know whether anything in it changed.
   */
  changes(): number {
    return this.redactions + this.failures + this.#limitCount;
  }

  /** Counts failures already reported elsewhere (a detector failure the scanner reported). */
  countFailures(n: number): void {
    this.failures += n;
  }

  failure(code: RedactionErrorCode, stage: RedactionStage, detector?: string): void {
    this.failures++;
    this.#onFailure(detector === undefined ? { code, stage } : { code, stage, detector });
  }

  report(): RedactionReport {
    return {
      redactions: this.redactions,
      byKind: { ...this.byKind },
      byDetector: { ...this.byDetector },
      limits: { depth: 0, nodes: 0, string: 0, total: 0, ...this.limits },
      failures: this.failures,
    };
  }
}

/** Sums reports (for a redactor's lifetime counters). */
export class ReportSum {
  records = 0;
  #redactions = 0;
  #failures = 0;
  readonly #byKind: Record<string, number> = {};
  readonly #byDetector: Record<string, number> = {};
  readonly #limits: Record<LimitName, number> = { depth: 0, nodes: 0, string: 0, total: 0 };

  add(t: Tally): void {
    this.records++;
    if (t.redactions === 0 && t.failures === 0 && t.limits === null) return;
    this.#redactions += t.redactions;
    this.#failures += t.failures;
    if (t.byKind !== null) addCounts(this.#byKind, t.byKind);
    if (t.byDetector !== null) addCounts(this.#byDetector, t.byDetector);
    if (t.limits) for (const k of Object.keys(t.limits) as LimitName[]) this.#limits[k] += t.limits[k];
  }

  snapshot(): RedactionReport & { readonly records: number } {
    return {
      records: this.records,
      redactions: this.#redactions,
      byKind: { ...this.#byKind },
      byDetector: { ...this.#byDetector },
      limits: { ...this.#limits },
      failures: this.#failures,
    };
  }
}

/** Adds each own enumerable count of `from` into `into` (as `Object.entries`, without the pairs). */
function addCounts(into: Record<string, number>, from: Readonly<Record<string, number>>): void {
  for (const k in from) {
    if (Object.prototype.hasOwnProperty.call(from, k)) into[k] = (into[k] ?? 0) + from[k]!;
  }
}

/**
 * Wraps a failure handler: guarded against re-entry (a handler that logs through a redacting
 * logger cannot loop) and against throwing. The default warns through `process.emitWarning`,
 * at most once a minute per code.
 */
export function guardFailureHandler(handler: FailureHandler | undefined): FailureHandler {
  const target = handler ?? defaultFailureHandler();
  let inside = false;
  return (failure) => {
    if (inside) return;
    inside = true;
    try {
      target(failure);
    } catch {
      // a failing handler must not break redaction
    } finally {
      inside = false;
    }
  };
}

function defaultFailureHandler(): FailureHandler {
  const last = new Map<string, number>();
  return (failure) => {
    const now = Date.now();
    const key = failure.code + failure.stage;
    if (now - (last.get(key) ?? 0) < 60_000) return;
    last.set(key, now);
    const where = failure.detector ? ` (detector ${failure.detector})` : '';
    const outcome = failure.stage === 'adapter' ? 'the record was withheld' : 'the value was masked';
    process.emitWarning(`phi-redact: ${failure.code} during ${failure.stage}${where}; ${outcome}`, 'PhiRedactWarning');
  };
}
