/**
 * Contract-test drivers: one function per adapter that pushes a payload through the REAL host
 * (pino, winston, @sentry/node, the OpenTelemetry SDK) with our adapter installed, and returns
 * the serialized bytes the host would send (log lines, Sentry envelopes, OTLP/JSON requests).
 *
 * A payload is a string (free text), an Error, or an object, and every driver places it where
 * that host's users put such data:
 * - pino: string as the message; Error as first argument and under `err`; object as the merge
 *   object and nested under a key, with a message.
 * - winston (redactFormat at logger level, and protectLogger over a plain json() logger): string
 *   as the message; Error as the record and as meta; object as meta and nested in a record.
 * - Sentry: an exception (message = the text, or the JSON of an object), `extra`, a context and
 *   a breadcrumb (message or data), on a fresh client that is closed afterwards.
 * - OpenTelemetry spans: name, an attribute, an exception event and the status message (an
 *   object goes in as its JSON text, as span attributes are flat); log records: body and an
 *   attribute (an object as an AnyValue map), through RedactingLogRecordExporter and through
 *   RedactingLogRecordProcessor; both serialized with the OTLP/JSON serializer the OTLP/HTTP
 *   exporters use.
 * Every host call is wrapped: `thrown` lists what the host threw at the caller (must stay empty).
 */
import { Writable } from 'node:stream';
import { SpanStatusCode } from '@opentelemetry/api';
import { JsonLogsSerializer, JsonTraceSerializer } from '@opentelemetry/otlp-transformer';
import { resourceFromAttributes } from '@opentelemetry/resources';
import { InMemoryLogRecordExporter, LoggerProvider, SimpleLogRecordProcessor } from '@opentelemetry/sdk-logs';
import { BasicTracerProvider, InMemorySpanExporter, SimpleSpanProcessor } from '@opentelemetry/sdk-trace-base';
import * as Sentry from '@sentry/node';
import { pino } from 'pino';
import winston from 'winston';
import { RedactingLogRecordExporter, RedactingLogRecordProcessor, RedactingSpanExporter } from '../../adapters/otel.js';
import { withRedaction as pinoRedaction } from '../../adapters/pino.js';
import { withRedaction as sentryRedaction } from '../../adapters/sentry.js';
import { protectLogger, redactFormat } from '../../adapters/winston.js';
import type { Redactor, RedactorOptions } from '../../src/index.js';
import { captureTransport, localDsn } from './sentry-capture.js';
import { CollectingTransport, settle } from './winston-collect.js';

export type RedactorInput = Redactor | RedactorOptions;

/** What one payload produced on one host. */
export interface HostOutput {
  /** Serialized bytes as text, one entry per line / envelope / request. */
  readonly chunks: string[];
  /** Errors the host threw at the caller (the adapter must never make it throw). */
  readonly thrown: unknown[];
}

export interface Host {
  readonly name: string;
  run(payload: unknown, redactor: RedactorInput): Promise<HostOutput>;
}

type Rec = Record<string, unknown>;

const isError = (v: unknown): v is Error => v instanceof Error;
const isObject = (v: unknown): v is Rec => typeof v === 'object' && v !== null && !isError(v);

/** JSON of a payload; a cycle becomes "[Circular]" (a user would need the same to log it). */
export function jsonOf(value: unknown): string {
  const seen: unknown[] = [];
  return JSON.stringify(value, function (this: unknown, _k, v: unknown) {
    if (typeof v !== 'object' || v === null) return typeof v === 'bigint' ? String(v) : v;
    while (seen.length > 0 && seen[seen.length - 1] !== this) seen.pop();
    if (seen.includes(v)) return '[Circular]';
    seen.push(v);
    return v;
  });
}

/** The payload as text: a string as is, an Error's message, an object's JSON. */
function textOf(payload: unknown): string {
  if (typeof payload === 'string') return payload;
  if (isError(payload)) return payload.message;
  return jsonOf(payload);
}

function attempt(thrown: unknown[], fn: () => void): void {
  try {
    fn();
  } catch (e) {
    thrown.push(e);
  }
}

async function attemptAsync(thrown: unknown[], fn: () => Promise<unknown>): Promise<void> {
  try {
    await fn();
  } catch (e) {
    thrown.push(e);
  }
}

const pinoHost: Host = {
  name: 'pino',
  async run(payload, redactor) {
    const chunks: string[] = [];
    const thrown: unknown[] = [];
    // A synchronous Writable: every line is in `chunks` when the log call returns.
    const dest = new Writable({ decodeStrings: false, write: (c: string, _e, cb) => (chunks.push(String(c)), cb()) });
    let log: pino.Logger | undefined;
    attempt(thrown, () => (log = pino(pinoRedaction({ base: null }, redactor), dest)));
    if (log === undefined) return { chunks, thrown };
    const l = log;
    if (typeof payload === 'string') {
      attempt(thrown, () => l.info(payload));
      attempt(thrown, () => l.warn({ step: 'contract' }, 'note: %s', payload));
    } else if (isError(payload)) {
      attempt(thrown, () => l.error(payload));
      attempt(thrown, () => l.error({ err: payload }, 'contract failed'));
    } else {
      attempt(thrown, () => l.info(payload as object));
      attempt(thrown, () => l.info({ payload }, 'contract'));
    }
    return { chunks, thrown };
  },
};

function winstonHost(mode: 'format' | 'protect'): Host {
  return {
    name: mode === 'format' ? 'winston redactFormat' : 'winston protectLogger',
    async run(payload, redactor) {
      const thrown: unknown[] = [];
      const out = new CollectingTransport();
      const { format } = winston;
      let logger: winston.Logger | undefined;
      attempt(thrown, () => {
        logger =
          mode === 'format'
            ? winston.createLogger({ format: format.combine(format.errors({ stack: true, cause: true }), redactFormat(redactor), format.json()), transports: [out] })
            : protectLogger(winston.createLogger({ format: format.json(), transports: [out] }), redactor);
      });
      if (logger === undefined) return { chunks: out.lines, thrown };
      const l = logger;
      if (typeof payload === 'string') {
        attempt(thrown, () => l.info(payload));
        attempt(thrown, () => l.warn('note', { detail: payload }));
      } else if (isError(payload)) {
        attempt(thrown, () => l.error(payload));
        attempt(thrown, () => l.error('contract failed', payload));
      } else {
        attempt(thrown, () => l.info('contract', payload));
        attempt(thrown, () => l.log({ level: 'info', message: 'contract', payload }));
      }
      await settle();
      l.close();
      return { chunks: out.lines, thrown };
    },
  };
}

const sentryHost: Host = {
  name: 'sentry',
  async run(payload, redactor) {
    const thrown: unknown[] = [];
    const capture = captureTransport();
    // Fresh global state per payload: breadcrumbs and extras of earlier payloads cleared, a new
    // client, closed at the end (the scope in use is forked by withScope below).
    for (const scope of [Sentry.getGlobalScope(), Sentry.getIsolationScope(), Sentry.getCurrentScope()]) {
      scope.clearBreadcrumbs();
      scope.setExtras({});
      scope.setContext('payload', null);
    }
    attempt(thrown, () => void Sentry.init(sentryRedaction({ dsn: localDsn, transport: capture.make }, redactor)));
    const text = textOf(payload);
    attempt(thrown, () =>
      Sentry.withScope((scope) => {
        scope.setExtra('payload', payload);
        scope.setContext('payload', isObject(payload) ? payload : { text });
        Sentry.addBreadcrumb(isObject(payload) ? { category: 'contract', message: 'contract', data: payload } : { category: 'contract', message: text });
        Sentry.captureException(isError(payload) ? payload : new Error(text));
      }),
    );
    await attemptAsync(thrown, () => Sentry.flush(2000));
    await attemptAsync(thrown, () => Sentry.close(2000));
    return { chunks: capture.bodies, thrown };
  },
};

const decoder = new TextDecoder();

const otelSpanHost: Host = {
  name: 'otel spans',
  async run(payload, redactor) {
    const thrown: unknown[] = [];
    const memory = new InMemorySpanExporter();
    let provider: BasicTracerProvider | undefined;
    attempt(thrown, () => {
      provider = new BasicTracerProvider({
        resource: resourceFromAttributes({ 'service.name': 'contract' }),
        spanProcessors: [new SimpleSpanProcessor(new RedactingSpanExporter(memory, redactor as Redactor))],
      });
    });
    if (provider === undefined) return { chunks: [], thrown };
    const tracer = provider.getTracer('contract');
    const text = textOf(payload);
    attempt(thrown, () => {
      const span = tracer.startSpan(typeof payload === 'string' ? payload : 'contract', { attributes: { 'app.payload': text } });
      span.recordException(isError(payload) ? payload : new Error(text));
      span.setStatus({ code: SpanStatusCode.ERROR, message: text });
      span.end();
    });
    await attemptAsync(thrown, () => provider!.forceFlush());
    const spans = memory.getFinishedSpans();
    const chunks = spans.length === 0 ? [] : [decoder.decode(JsonTraceSerializer.serializeRequest(spans))];
    await attemptAsync(thrown, () => provider!.shutdown());
    return { chunks, thrown };
  },
};

function otelLogHost(mode: 'exporter' | 'processor'): Host {
  return {
    name: mode === 'exporter' ? 'otel logs (exporter)' : 'otel logs (processor)',
    async run(payload, redactor) {
      const thrown: unknown[] = [];
      const memory = new InMemoryLogRecordExporter();
      let provider: LoggerProvider | undefined;
      attempt(thrown, () => {
        const r = redactor as Redactor;
        provider = new LoggerProvider({
          resource: resourceFromAttributes({ 'service.name': 'contract' }),
          processors:
            mode === 'exporter'
              ? [new SimpleLogRecordProcessor({ exporter: new RedactingLogRecordExporter(memory, r) })]
              : [new RedactingLogRecordProcessor(r), new SimpleLogRecordProcessor({ exporter: memory })],
        });
      });
      if (provider === undefined) return { chunks: [], thrown };
      const logger = provider.getLogger('contract');
      attempt(thrown, () => {
        if (isError(payload)) {
          logger.emit({
            body: payload.message,
            attributes: { 'exception.type': payload.name, 'exception.message': payload.message, 'exception.stacktrace': payload.stack ?? '' },
          });
        } else if (typeof payload === 'string') {
          logger.emit({ body: payload, attributes: { 'app.note': payload } });
        } else {
          logger.emit({ body: payload as never, attributes: { 'app.payload': payload as never } });
        }
      });
      await attemptAsync(thrown, () => provider!.forceFlush());
      const records = memory.getFinishedLogRecords();
      const chunks = records.length === 0 ? [] : [decoder.decode(JsonLogsSerializer.serializeRequest(records))];
      await attemptAsync(thrown, () => provider!.shutdown());
      return { chunks, thrown };
    },
  };
}

/** Every adapter, each driving its real host. */
export const hosts: readonly Host[] = [
  pinoHost,
  winstonHost('format'),
  winstonHost('protect'),
  sentryHost,
  otelSpanHost,
  otelLogHost('exporter'),
  otelLogHost('processor'),
];
