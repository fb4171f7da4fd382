import { createRedactor, guardFailureHandler, markers, type FailureHandler, type Redactor, type RedactorOptions } from '../src/index.js';
import type { AttributeRules } from './otel-attributes.js';
import type { QueryValues } from './otel-url.js';

/** Options for the OpenTelemetry adapters: redactor options plus how URLs are treated. */
export interface OtelRedactionOptions extends RedactorOptions {
  /**
   * A redactor to use instead of compiling one from these options (share one across
   * exporters). Its own `onFailure` then receives the engine's reports.
   * @defaultValue `createRedactor(options)`
   */
  readonly redactor?: Redactor;
  /**
   * Query values in URL attributes: `'mask'` replaces every value (keys kept), `'scan'` keeps
   * values in which neither the key dictionary nor a detector finds PHI.
   * @defaultValue `'mask'`
   */
  readonly queryValues?: QueryValues;
}

/** Resolved adapter settings. */
export interface OtelSettings extends AttributeRules {
  /** Reports adapter-level failures (a record left out). Never given data. */
  readonly report: FailureHandler;
}

/** Accepts a `Redactor` or options, the way every adapter constructor does. */
export function resolveSettings(redactorOrOptions: Redactor | OtelRedactionOptions = {}): OtelSettings {
  if (isRedactor(redactorOrOptions)) {
    return { redactor: redactorOrOptions, queryValues: 'mask', report: noReport };
  }
  const options = redactorOrOptions;
  const queryValues = options.queryValues ?? 'mask';
  if (queryValues !== 'mask' && queryValues !== 'scan') {
    // Construction may throw (bad configuration); run time never does.
    throw new TypeError("phi-redact/otel: queryValues must be 'mask' or 'scan'");
  }
  const report = guardFailureHandler(options.onFailure);
  const redactor = options.redactor ?? createRedactor(options);
  return { redactor, queryValues, report };
}

/**
 * Redacts one record-shaped object in a single walk (so values learned in one field are masked
 * in the others). Returns undefined when the record must be withheld: the engine withheld it,
 * or reported any failure (a detector or getter that threw) while redacting it.
 */
export function redactRecord<T extends object>(record: T, settings: OtelSettings): T | undefined {
  const { value, report } = settings.redactor.redactWithReport(record);
  // A failure the engine met (a detector or getter that threw) is counted in the report: the
  // record is left out, as adapters do, even though the engine masked the value.
  if (report.failures > 0 || value === markers.withheld || typeof value !== 'object' || value === null) return undefined;
  return value as T;
}

/** What an exporter's `export` callback receives (spans and log records share the shape). */
export interface ExportResult {
  readonly code: number;
  readonly error?: Error;
}

/**
 * Exports the items that could be redacted and leaves out, and reports, the others: an item whose
 * redaction throws or is withheld is never exported raw. Nothing left to send is a successful
 * export (withheld items are not an export error); an inner exporter that throws becomes a failed
 * result, never an exception in the SDK.
 */
export function exportRedactedBatch<T>(
  items: readonly T[],
  redactOne: (item: T) => T | undefined,
  send: (clean: T[], done: (result: ExportResult) => void) => void,
  done: (result: ExportResult) => void,
  settings: OtelSettings,
  what: string,
): void {
  const clean: T[] = [];
  for (const item of items) {
    let copy: T | undefined;
    try {
      copy = redactOne(item);
    } catch {
      copy = undefined; // a broken redactor or item: never export it raw
    }
    if (copy === undefined) settings.report({ code: 'ERR_REDACT_INTERNAL', stage: 'adapter' });
    else clean.push(copy);
  }
  if (clean.length === 0) return done({ code: 0 });
  try {
    send(clean, done);
  } catch {
    done({ code: 1, error: new Error(`phi-redact/otel: the wrapped ${what} exporter threw`) });
  }
}

/** A plain (JSON-like) object, not an array or a marker string. */
export function isPlainObject(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

function isRedactor(v: unknown): v is Redactor {
  return typeof v === 'object' && v !== null && typeof (v as Redactor).redactWithReport === 'function';
}

function noReport(): void {}
