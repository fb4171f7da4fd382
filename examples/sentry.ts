/**
 * Sentry wiring with phi-redact. Run with `npx tsx examples/sentry.ts`: the transport prints
 * the serialized envelopes instead of sending them (the DSN points at 127.0.0.1 and is unused).
 */
import * as Sentry from '@sentry/node';
import { withRedaction } from '../adapters/sentry.js';

const printTransport: NonNullable<Sentry.NodeOptions['transport']> = (options) =>
  Sentry.createTransport(options, (request) => {
    console.log(String(request.body));
    return Promise.resolve({ statusCode: 200 });
  });

Sentry.init(
  withRedaction(
    {
      dsn: 'http://public@127.0.0.1:9/1',
      tracesSampleRate: 1,
      transport: printTransport, // omit in production: the default Node transport is wrapped
      beforeSend: (event) => event, // your hooks run first, ours last
    },
    { fields: { visitNote: 'note' } }, // createRedactor options, or a Redactor
  ),
);

Sentry.addBreadcrumb({ category: 'console', message: 'saving Jane Roe 123-45-6789' });
Sentry.startSpan({ name: 'GET /patients/123-45-6789/notes', attributes: { 'patient.mrn': 'MRN-00482139' } }, () => {
  Sentry.captureException(new Error('chart lookup failed for SSN 123-45-6789'));
});
await Sentry.flush(2000);
