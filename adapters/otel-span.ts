import type { ReadableSpan, SpanExporter, TimedEvent } from '@opentelemetry/sdk-trace-base';
import { templateRoute } from '../src/index.js';
import { finishAttributes, prepareAttributes, routeTemplate, type PreparedAttributes } from './otel-attributes.js';
import type { ResourceCopies } from './otel-resource.js';
import { exportRedactedBatch, isPlainObject, redactRecord, type OtelSettings } from './otel-shared.js';

type Attributes = ReadableSpan['attributes'];
type Link = ReadableSpan['links'][number];
type Bag = Readonly<Record<string, unknown>>;

/** The walked shape of one span: short keys no dictionary entry matches. */
interface SpanRecord {
  n?: unknown;
  s?: unknown;
  a: unknown;
  e: Array<{ n: unknown; a?: unknown }>;
  l: Array<{ a?: unknown }>;
}

/**
 * A redacted copy of `span`, or undefined when it must be left out of the batch. Name, status
 * message, attributes, event names and attributes and link attributes go through one walk;
 * everything else of the `ReadableSpan` interface is carried over, `spanContext` as a function.
 */
export function redactSpan(span: ReadableSpan, settings: OtelSettings, resources: ResourceCopies): ReadableSpan | undefined {
  const resource = resources.get(span.resource);
  if (resource === null) return undefined;
  const attributes = prepareAttributes(span.attributes, settings);
  const events = span.events;
  const links = span.links;
  const eventAttributes = events.map((e) => (e.attributes === undefined ? undefined : prepareAttributes(e.attributes, settings)));
  const linkAttributes = links.map((l) => (l.attributes === undefined ? undefined : prepareAttributes(l.attributes, settings)));
  const status = span.status;
  const routeName = nameFromRoute(span.attributes);
  const record: SpanRecord = {
    a: attributes.values,
    e: events.map((e, i) => withAttributes({ n: e.name }, eventAttributes[i])),
    l: linkAttributes.map((p) => withAttributes({}, p)),
  };
  if (routeName === undefined) record.n = templatedName(span.name);
  if (typeof status.message === 'string') record.s = status.message;
  const out = redactRecord(record, settings);
  const name = routeName ?? out?.n;
  if (out === undefined || typeof name !== 'string' || !isPlainObject(out.a)) return undefined;
  if (!Array.isArray(out.e) || out.e.length !== events.length || !Array.isArray(out.l) || out.l.length !== links.length) return undefined;
  const cleanEvents: TimedEvent[] = [];
  for (let i = 0; i < events.length; i++) {
    const event = events[i]!;
    const walked = out.e[i];
    if (!isPlainObject(walked) || typeof walked.n !== 'string') return undefined;
    const a = bag(walked.a, eventAttributes[i]);
    if (a === null) return undefined;
    cleanEvents.push({ ...event, name: walked.n, ...(a === undefined ? {} : { attributes: a }) });
  }
  const cleanLinks: Link[] = [];
  for (let i = 0; i < links.length; i++) {
    const walked = out.l[i];
    const a = isPlainObject(walked) ? bag(walked.a, linkAttributes[i]) : null;
    if (a === null) return undefined;
    cleanLinks.push({ ...links[i]!, ...(a === undefined ? {} : { attributes: a }) });
  }
  const parent = span.parentSpanContext;
  return {
    name,
    kind: span.kind,
    spanContext: () => span.spanContext(),
    ...(parent === undefined ? {} : { parentSpanContext: parent }),
    startTime: span.startTime,
    endTime: span.endTime,
    status: typeof out.s === 'string' ? { ...status, message: out.s } : status,
    attributes: finishAttributes(out.a, attributes) as Attributes,
    links: cleanLinks,
    events: cleanEvents,
    duration: span.duration,
    ended: span.ended,
    resource,
    instrumentationScope: span.instrumentationScope,
    droppedAttributesCount: span.droppedAttributesCount,
    droppedEventsCount: span.droppedEventsCount,
    droppedLinksCount: span.droppedLinksCount,
  };
}

/**
 * `{method} {http.route}`, semconv's own span name, when a route is recorded; kept out of the
 * walk like the route itself. A route holding a raw path is templated first.
 */
export function nameFromRoute(attributes: Bag): string | undefined {
  const route = attributes['http.route'];
  if (typeof route !== 'string' || route === '') return undefined;
  const method = attributes['http.request.method'] ?? attributes['http.method'];
  const template = routeTemplate(route);
  return typeof method === 'string' && isMethod(method) ? `${method} ${template}` : template;
}

/** The name with each path in it turned into a route template; the walk then scans it. */
export function templatedName(name: string): string {
  if (!name.includes('/')) return name;
  const words = name.split(' ');
  for (let i = 0; i < words.length; i++) {
    const w = words[i]!;
    if (w.startsWith('/') || w.includes('://')) words[i] = templateRoute(w);
  }
  return words.join(' ');
}

/** An HTTP method token (`GET`, `PROPFIND`, `_OTHER`): upper-case letters only, short. */
function isMethod(method: string): boolean {
  if (method.length === 0 || method.length > 16) return false;
  for (let i = 0; i < method.length; i++) {
    const c = method.charCodeAt(i);
    if (!((c >= 65 && c <= 90) || c === 95)) return false;
  }
  return true;
}

function withAttributes<T extends object>(o: T, prepared: PreparedAttributes | undefined): T & { a?: unknown } {
  return prepared === undefined ? o : { ...o, a: prepared.values };
}

/** Walked attributes with the masked keys applied; undefined when there were none, null when unusable. */
function bag(walked: unknown, prepared: PreparedAttributes | undefined): Attributes | undefined | null {
  if (prepared === undefined) return undefined;
  if (!isPlainObject(walked)) return null;
  return finishAttributes(walked, prepared) as Attributes;
}

/** Exports the spans that could be redacted; reports and leaves out the others. */
export function exportRedacted(
  inner: SpanExporter,
  spans: ReadableSpan[],
  done: Parameters<SpanExporter['export']>[1],
  settings: OtelSettings,
  resources: ResourceCopies,
): void {
  exportRedactedBatch(spans, (s) => redactSpan(s, settings, resources), (clean, cb) => inner.export(clean, cb), done, settings, 'span');
}
