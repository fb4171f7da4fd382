/**
 * pino + phi-redact: run with `npx tsx examples/pino.ts`. Every line below prints redacted.
 * In an application, import from the package instead: `import { withRedaction } from 'phi-redact/pino'`.
 */
import { pino } from 'pino';
import { withRedaction } from '../adapters/pino.js';

const logger = pino(
  withRedaction(
    { level: 'info', base: { service: 'intake-api' }, serializers: { req: pino.stdSerializers.req } },
    // Redactor options: tag an app-specific field; everything else uses the built-in dictionary.
    { fields: { 'visit.notes': 'name' } },
  ),
);

// Merge objects at any depth, FHIR resources included.
logger.info(
  { patient: { firstName: 'Jane', lastName: 'Roe', ssn: '123-45-6789', dob: '1984-03-07' }, visit: { notes: 'Jane Q Roe' } },
  'intake saved',
);
logger.info({ resource: { resourceType: 'Patient', name: [{ family: 'Roe', given: ['Jane'] }], birthDate: '1984-03-07' } }, 'FHIR read');

// Interpolation: the value is scanned with the text around it (the SSN cue).
logger.info('verify patient %s SSN %s', 'Jane Roe', '123456789');

// JSON built into the message by hand (pinojs/pino#1509).
logger.info(`intake payload: ${JSON.stringify({ patient: { name: 'Jane Roe', ssn: '123-45-6789' } })}`);

// Errors: msg, err.message, err.stack and custom properties.
logger.error(Object.assign(new Error('lookup failed for MRN 00482139'), { patientEmail: 'jane.roe@example.com' }));

// Child loggers: bindings are redacted once, when the child is made.
const request = logger.child({ reqId: 'req-1a2b3c', patientId: 'MRN-00482139' });
request.info('request completed');
