/**
 * winston wiring with phi-redact. Run with `npx tsx examples/winston.ts`; lines go to stdout.
 */
import winston from 'winston';
import { protectLogger, redactFormat } from '../adapters/winston.js';
import { createRedactor } from '../src/index.js';

const { format } = winston;
const redactor = createRedactor(); // share one between the format and the guard

const logger = protectLogger(
  winston.createLogger({
    // After errors() and splat(), before the finalizer.
    format: format.combine(format.errors({ stack: true, cause: true }), format.splat(), redactFormat(redactor), format.timestamp(), format.json()),
    defaultMeta: { service: 'ehr-api' },
    transports: [new winston.transports.Console()],
    exceptionHandlers: [new winston.transports.Console()], // scrubbed too, thanks to protectLogger
    exitOnError: false,
  }),
  redactor,
);

logger.info('intake for %s', 'SSN 123-45-6789', { patient: { name: 'Jane Roe', mrn: 'MRN-00482139' } });
logger.child({ requestId: 'r-1' }).error('chart update failed', new Error('no chart for jane.roe@example.com'));
