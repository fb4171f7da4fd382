import type { LogRecordExporter, ReadableLogRecord, ReadWriteLogRecord } from '@opentelemetry/sdk-logs';
import { markers } from '../src/index.js';
import { finishAttributes, prepareAttributes, type PreparedAttributes } from './otel-attributes.js';
import type { ResourceCopies } from './otel-resource.js';
import { exportRedactedBatch, isPlainObject, redactRecord, type OtelSettings } from './otel-shared.js';

type LogAttributes = ReadableLogRecord['attributes'];
type LogBody = NonNullable<ReadableLogRecord['body']>;

/** The walked parts of one log record: body, attributes, event name. */
interface LogParts {
  readonly body: unknown;
  readonly attributes: Record<string, unknown>;
  readonly eventName: unknown;
  readonly severityText: unknown;
}

/**
 * The redacted body (a string or any `AnyValue` map/array), attributes and event name of a log
 * record, from one walk; undefined when the record must be withheld.
 */
export function redactLogParts(
  record: Pick<ReadableLogRecord, 'body' | 'attributes' | 'eventName' | 'severityText'>,
  settings: OtelSettings,
): LogParts | undefined {
  const prepared: PreparedAttributes = prepareAttributes(record.attributes, settings);
  const walk: { a: unknown; b?: unknown; v?: unknown; s?: unknown } = { a: prepared.values };
  if (record.body !== undefined) walk.b = record.body;
  if (record.eventName !== undefined) walk.v = record.eventName;
  // Normally `INFO`; free text set by the caller is scanned like any other field.
  if (record.severityText !== undefined) walk.s = record.severityText;
  const out = redactRecord(walk, settings);
  if (out === undefined || !isPlainObject(out.a)) return undefined;
  return { body: out.b, attributes: finishAttributes(out.a, prepared), eventName: out.v, severityText: out.s };
}

/** A redacted copy of a log record for an exporter, or undefined to leave it out. */
export function redactLogRecord(record: ReadableLogRecord, settings: OtelSettings, resources: ResourceCopies): ReadableLogRecord | undefined {
  const resource = resources.get(record.resource);
  if (resource === null) return undefined;
  const parts = redactLogParts(record, settings);
  if (parts === undefined) return undefined;
  const { spanContext, severityNumber } = record;
  const severityText = typeof parts.severityText === 'string' ? parts.severityText : undefined;
  return {
    hrTime: record.hrTime,
    hrTimeObserved: record.hrTimeObserved,
    ...(spanContext === undefined ? {} : { spanContext }),
    ...(severityText === undefined ? {} : { severityText }),
    ...(severityNumber === undefined ? {} : { severityNumber }),
    ...(parts.body === undefined ? {} : { body: parts.body as LogBody }),
    ...(typeof parts.eventName === 'string' ? { eventName: parts.eventName } : {}),
    resource,
    instrumentationScope: record.instrumentationScope,
    attributes: parts.attributes as LogAttributes,
    droppedAttributesCount: record.droppedAttributesCount,
  };
}

/** Exports the records that could be redacted; reports and leaves out the others. */
export function exportRedactedLogs(
  inner: LogRecordExporter,
  records: ReadableLogRecord[],
  done: Parameters<LogRecordExporter['export']>[1],
  settings: OtelSettings,
  resources: ResourceCopies,
): void {
  exportRedactedBatch(records, (r) => redactLogRecord(r, settings, resources), (clean, cb) => inner.export(clean, cb), done, settings, 'log record');
}

/**
 * Redacts a record in place through its writable API, for `LogRecordProcessor.onEmit`. Only
 * changed values are written. Attributes cannot be removed, so a key the walk renamed (PHI in
 * the key) keeps its name and gets the withheld marker as its value. When redaction fails the
 * body, every attribute and the event name are overwritten with the marker.
 */
export function redactInPlace(record: ReadWriteLogRecord, settings: OtelSettings): void {
  let parts: LogParts | undefined;
  try {
    parts = redactLogParts(record, settings);
  } catch {
    parts = undefined;
  }
  if (parts === undefined) {
    settings.report({ code: 'ERR_REDACT_INTERNAL', stage: 'adapter' });
    return withholdInPlace(record);
  }
  if (parts.body !== record.body && parts.body !== undefined) record.setBody(parts.body as LogBody);
  const before = record.attributes;
  for (const key of Object.keys(before)) {
    const has = Object.prototype.hasOwnProperty.call(parts.attributes, key);
    const value = has ? parts.attributes[key] : markers.withheld;
    if (value !== before[key]) record.setAttribute(key, value as LogAttributes[string]);
  }
  if (typeof parts.eventName === 'string' && parts.eventName !== record.eventName) record.setEventName(parts.eventName);
  if (typeof parts.severityText === 'string' && parts.severityText !== record.severityText) record.setSeverityText(parts.severityText);
}

/** Overwrites body, every attribute and the event name with the withheld marker. */
export function withholdInPlace(record: ReadWriteLogRecord): void {
  try {
    if (record.body !== undefined) record.setBody(markers.withheld);
    for (const key of Object.keys(record.attributes)) record.setAttribute(key, markers.withheld);
    if (record.eventName !== undefined) record.setEventName(markers.withheld);
    if (record.severityText !== undefined) record.setSeverityText(markers.withheld);
  } catch {
    // Nothing more we can do from inside onEmit; the host must not see our failure.
  }
}
