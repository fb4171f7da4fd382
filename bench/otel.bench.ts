/**
 * OpenTelemetry adapter cost (issue #4): exporting a batch of realistic spans and log records
 * with and without the redacting wrappers, next to the host's own serialization of the same
 * batch (OTLP/JSON, what `@opentelemetry/exporter-trace-otlp-http` sends). Target: the wrapper
 * costs no more than that serialization. Spans and records come from the real SDK.
 * `otlp-transformer` is not a direct devDependency; it is what the OTLP/HTTP exporters use.
 */
import { SpanKind, SpanStatusCode } from '@opentelemetry/api';
import { JsonLogsSerializer, JsonTraceSerializer } from '@opentelemetry/otlp-transformer';
import { resourceFromAttributes } from '@opentelemetry/resources';
import { InMemoryLogRecordExporter, LoggerProvider, SimpleLogRecordProcessor, type ReadableLogRecord } from '@opentelemetry/sdk-logs';
import { BasicTracerProvider, InMemorySpanExporter, SimpleSpanProcessor, type ReadableSpan } from '@opentelemetry/sdk-trace-base';
import { RedactingLogRecordExporter, RedactingSpanExporter } from '../adapters/otel.js';
import type { BenchGroup } from './print.js';

const resource = resourceFromAttributes({
  'service.name': 'ehr-api', 'service.version': '4.2.0', 'host.name': 'api-7f9c', 'process.pid': 4242,
  'process.command_args': ['node', 'server.js', '--port', '8080'],
});

/** `count` spans: HTTP server, DB client and internal spans; every tenth carries PHI. */
export function realisticSpans(count: number): ReadableSpan[] {
  const memory = new InMemorySpanExporter();
  const provider = new BasicTracerProvider({ resource, spanProcessors: [new SimpleSpanProcessor(memory)] });
  const tracer = provider.getTracer('@opentelemetry/instrumentation-http', '0.223.1');
  for (let i = 0; i < count; i++) {
    const phi = i % 10 === 0;
    const id = phi ? `123-45-${String(6789 + i).slice(-4)}` : `${1000 + i}`;
    const kind = i % 3;
    if (kind === 0) {
      const span = tracer.startSpan(`GET /patients/:id/records`, {
        kind: SpanKind.SERVER,
        attributes: {
          'http.request.method': 'GET', 'http.route': '/patients/:id/records', 'url.path': `/patients/${id}/records`,
          'url.query': phi ? 'email=jane.roe%40example.com' : 'page=2&size=50', 'url.scheme': 'https',
          'http.response.status_code': 200, 'server.address': 'ehr.example.test', 'server.port': 443,
          'user_agent.original': 'Mozilla/5.0 (X11; Linux x86_64) Chrome/122.0.6261.94', 'network.protocol.version': '1.1',
        },
      });
      span.end();
    } else if (kind === 1) {
      tracer
        .startSpan('SELECT ehr.visits', {
          kind: SpanKind.CLIENT,
          attributes: {
            'db.system': 'postgresql', 'db.namespace': 'ehr', 'db.operation.name': 'SELECT',
            'db.query.text': `SELECT v.id, v.note FROM visits v WHERE v.patient_id = ${i} AND v.date > '2024-01-01' LIMIT 50`,
            'server.address': 'db.internal', 'server.port': 5432,
          },
        })
        .end();
    } else {
      const span = tracer.startSpan('chart.load', { attributes: { 'app.step': 'load', 'app.items': i } });
      if (phi) {
        span.recordException(new Error(`MRN-00482139 not found (${id})`));
        span.setStatus({ code: SpanStatusCode.ERROR, message: 'lookup failed for MRN-00482139' });
      }
      span.end();
    }
  }
  return memory.getFinishedSpans();
}

/** `count` log records: string and structured bodies; every tenth carries PHI. */
export function realisticLogs(count: number): ReadableLogRecord[] {
  const memory = new InMemoryLogRecordExporter();
  const provider = new LoggerProvider({ resource, processors: [new SimpleLogRecordProcessor({ exporter: memory })] });
  const logger = provider.getLogger('ehr');
  for (let i = 0; i < count; i++) {
    const phi = i % 10 === 0;
    logger.emit({
      severityText: 'INFO',
      body: i % 2 === 0 ? `visit ${i} saved${phi ? ' for SSN 123-45-6789' : ''}` : { event: 'visit.saved', visit: i, tags: ['a', 'b'] },
      attributes: { 'code.function': 'saveVisit', 'app.visit': i, ...(phi ? { 'user.email': 'jroe@example.com' } : {}) },
    });
  }
  return memory.getFinishedLogRecords();
}

/** Groups for `bench/run.ts`: 100-span and 100-record batches. */
export function otelBenchGroups(count = 100): BenchGroup[] {
  const spans = realisticSpans(count);
  const logs = realisticLogs(count);
  const plainSpans = new InMemorySpanExporter();
  const spansInner = new InMemorySpanExporter();
  const wrappedSpans = new RedactingSpanExporter(spansInner);
  const plainLogs = new InMemoryLogRecordExporter();
  const logsInner = new InMemoryLogRecordExporter();
  const wrappedLogs = new RedactingLogRecordExporter(logsInner);
  const ignore = (): void => {};
  return [
    {
      name: `OTel export, ${count} spans (10% with PHI)`,
      cases: [
        { name: 'OTLP JSON serialize (host)', fn: () => JsonTraceSerializer.serializeRequest(spans) },
        { name: 'in-memory export', fn: () => (plainSpans.reset(), plainSpans.export(spans, ignore)) },
        { name: 'RedactingSpanExporter', fn: () => (spansInner.reset(), wrappedSpans.export(spans, ignore)) },
      ],
      ratios: [{ label: 'wrapper/serialize', of: 'OTLP JSON serialize (host)', over: 'RedactingSpanExporter' }],
    },
    {
      name: `OTel export, ${count} log records (10% with PHI)`,
      cases: [
        { name: 'OTLP JSON serialize (host)', fn: () => JsonLogsSerializer.serializeRequest(logs) },
        { name: 'in-memory export', fn: () => (plainLogs.reset(), plainLogs.export(logs, ignore)) },
        { name: 'RedactingLogRecordExporter', fn: () => (logsInner.reset(), wrappedLogs.export(logs, ignore)) },
      ],
      ratios: [{ label: 'wrapper/serialize', of: 'OTLP JSON serialize (host)', over: 'RedactingLogRecordExporter' }],
    },
  ];
}
