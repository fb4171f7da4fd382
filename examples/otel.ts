/**
 * OpenTelemetry wiring with phi-redact: every span and log record is redacted before the
 * exporter serializes it. Run with `npx tsx examples/otel.ts`; it prints what would be sent
 * (console exporters), nothing leaves the machine.
 */
import { SpanKind, SpanStatusCode } from '@opentelemetry/api';
import { resourceFromAttributes } from '@opentelemetry/resources';
import { ConsoleLogRecordExporter, LoggerProvider, SimpleLogRecordProcessor } from '@opentelemetry/sdk-logs';
import { BasicTracerProvider, BatchSpanProcessor, ConsoleSpanExporter } from '@opentelemetry/sdk-trace-base';
import { RedactingLogRecordExporter, RedactingLogRecordProcessor, RedactingSpanExporter } from '../adapters/otel.js';
import { createRedactor } from '../src/index.js';

// One redactor shared by both signals (compiled once).
const redactor = createRedactor({ fields: { visitNote: 'note' } });
const resource = resourceFromAttributes({ 'service.name': 'ehr-api', 'process.command_args': ['node', 'import.js', '--mrn', 'MRN-00482139'] });

// Traces: wrap the real exporter (in production: new OTLPTraceExporter()).
const traces = new BasicTracerProvider({
  resource,
  spanProcessors: [new BatchSpanProcessor(new RedactingSpanExporter(new ConsoleSpanExporter(), redactor))],
});

// Logs: the processor goes FIRST so later processors see clean records; the exporter wrapper
// also covers resource attributes and attribute keys.
const logs = new LoggerProvider({
  resource,
  processors: [
    new RedactingLogRecordProcessor(redactor),
    new SimpleLogRecordProcessor({ exporter: new RedactingLogRecordExporter(new ConsoleLogRecordExporter(), redactor) }),
  ],
});

const span = traces.getTracer('example').startSpan('GET /patients/123-45-6789/records', {
  kind: SpanKind.SERVER,
  attributes: {
    'http.request.method': 'GET',
    'http.route': '/patients/:id/records',
    'url.path': '/patients/123-45-6789/records',
    'url.query': 'email=jane.roe%40example.com',
    'user.full_name': 'Jane Roe',
    'db.statement': "SELECT * FROM visits WHERE ssn = '123-45-6789'",
  },
});
span.recordException(new Error('MRN-00482139 not found for Jane Roe'));
span.setStatus({ code: SpanStatusCode.ERROR, message: 'lookup failed for MRN-00482139' });
span.end();

logs.getLogger('example').emit({ body: { msg: 'visit saved', visitNote: 'pt Jane Roe, DOB 1984-03-07' }, attributes: { 'user.id': 'u-77' } });

await traces.forceFlush();
await logs.forceFlush();
await Promise.all([traces.shutdown(), logs.shutdown()]);
