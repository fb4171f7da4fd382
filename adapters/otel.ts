/**
 * OpenTelemetry adapter (`phi-redact/otel`). Three seams, all structural (`import type` only):
 * - `RedactingSpanExporter` wraps the real span exporter: each span is copied and redacted
 *   before the exporter serializes it; a span that cannot be redacted is left out of the batch.
 * - `RedactingLogRecordExporter` does the same for log records.
 * - `RedactingLogRecordProcessor` redacts in `onEmit`, before any later processor sees the
 *   record; it must be the first processor.
 * Blind spots: metrics and baggage are not covered; anything an exporter reads that is not part
 * of `ReadableSpan` / `ReadableLogRecord` (e.g. custom fields on SDK objects) is not copied;
 * attribute values truncated by `attributeValueLengthLimit` before we see them may hide a
 * half identifier from the detectors (masked keys are masked whatever their length).
 */
import type { LogRecordExporter, LogRecordProcessor, ReadableLogRecord, ReadWriteLogRecord } from '@opentelemetry/sdk-logs';
import type { ReadableSpan, SpanExporter } from '@opentelemetry/sdk-trace-base';
import type { Redactor } from '../src/index.js';
import { exportRedactedLogs, redactInPlace, withholdInPlace } from './otel-log.js';
import { ResourceCopies } from './otel-resource.js';
import { resolveSettings, type OtelRedactionOptions, type OtelSettings } from './otel-shared.js';
import { exportRedacted } from './otel-span.js';

export type { OtelRedactionOptions } from './otel-shared.js';
export type { QueryValues } from './otel-url.js';
export { stripSqlLiterals } from './otel-sql.js';

/**
 * A `SpanExporter` that redacts every span before `inner` sees it: name (from `http.route` when
 * present, else route-templated), attributes (semantic-convention rules, then the redactor),
 * event names and attributes (`exception.message`, `exception.stacktrace`), link attributes,
 * `status.message` and resource attributes. Spans are copied, never mutated; a span that cannot
 * be redacted is left out and reported, the rest are exported. Wrap every exporter you use.
 * @example
 * new BasicTracerProvider({
 *   spanProcessors: [new BatchSpanProcessor(new RedactingSpanExporter(new OTLPTraceExporter()))],
 * });
 */
export class RedactingSpanExporter implements SpanExporter {
  readonly #inner: SpanExporter;
  readonly #settings: OtelSettings;
  readonly #resources: ResourceCopies;

  constructor(inner: SpanExporter, redactorOrOptions?: Redactor | OtelRedactionOptions) {
    this.#inner = inner;
    this.#settings = resolveSettings(redactorOrOptions);
    this.#resources = new ResourceCopies(this.#settings);
  }

  export(spans: ReadableSpan[], resultCallback: Parameters<SpanExporter['export']>[1]): void {
    exportRedacted(this.#inner, spans, resultCallback, this.#settings, this.#resources);
  }

  shutdown(): Promise<void> {
    return this.#inner.shutdown();
  }

  forceFlush(): Promise<void> {
    return this.#inner.forceFlush ? this.#inner.forceFlush() : Promise.resolve();
  }
}

/**
 * A `LogRecordExporter` that redacts every record before `inner` sees it: body (string or
 * `AnyValue` map/array), attributes, event name and resource attributes. Records are copied;
 * one that cannot be redacted is left out and reported.
 */
export class RedactingLogRecordExporter implements LogRecordExporter {
  readonly #inner: LogRecordExporter;
  readonly #settings: OtelSettings;
  readonly #resources: ResourceCopies;

  constructor(inner: LogRecordExporter, redactorOrOptions?: Redactor | OtelRedactionOptions) {
    this.#inner = inner;
    this.#settings = resolveSettings(redactorOrOptions);
    this.#resources = new ResourceCopies(this.#settings);
  }

  export(logs: ReadableLogRecord[], resultCallback: Parameters<LogRecordExporter['export']>[1]): void {
    exportRedactedLogs(this.#inner, logs, resultCallback, this.#settings, this.#resources);
  }

  shutdown(): Promise<void> {
    return this.#inner.shutdown();
  }

  forceFlush(): Promise<void> {
    return this.#inner.forceFlush();
  }
}

/**
 * A `LogRecordProcessor` that redacts each record in `onEmit` through the writable record API
 * (`setBody`, `setAttribute`, `setEventName`), so every processor after it sees clean data.
 *
 * It must come FIRST in `LoggerProvider({ processors: [...] })`: processors run in order, and a
 * `SimpleLogRecordProcessor` placed before it exports the raw record at once (a batching one
 * keeps a reference and would usually, but not by contract, see our edits). After the last
 * `onEmit` the SDK makes the record read-only.
 *
 * Attributes cannot be removed: values are overwritten with their redacted form, and a key that
 * itself holds PHI keeps its name with the withheld marker as value. Resource attributes are
 * shared and read-only here; to redact them (and attribute keys) use `RedactingLogRecordExporter`.
 * When redaction fails, body, every attribute and the event name become the withheld marker.
 */
export class RedactingLogRecordProcessor implements LogRecordProcessor {
  readonly #settings: OtelSettings;

  constructor(redactorOrOptions?: Redactor | OtelRedactionOptions) {
    this.#settings = resolveSettings(redactorOrOptions);
  }

  onEmit(logRecord: ReadWriteLogRecord): void {
    try {
      redactInPlace(logRecord, this.#settings);
    } catch {
      // A setter threw half way: withhold what is left rather than pass part of it on raw.
      withholdInPlace(logRecord);
    }
  }

  forceFlush(): Promise<void> {
    return Promise.resolve();
  }

  shutdown(): Promise<void> {
    return Promise.resolve();
  }
}
