/**
 * phi-redact/winston: a logform format and a logger guard for winston 3.
 *
 * Seam: a logger-level format (`redactFormat()`), ideally after `errors()` and `splat()` and
 * before the finalizer (`json()`, `printf()`), plus `protectLogger()` for what a format cannot
 * see (records that reach `transport.log()` without passing the transport's format).
 */
import type { Logform } from 'winston';
import { withheld, type Redactor, type RedactorOptions } from '../src/index.js';
import { redactRecord, toRedactor } from './winston-record.js';

export { protectLogger } from './winston-protect.js';

/**
 * A logform format that redacts each record. It returns a new `info` (the LEVEL, MESSAGE and
 * SPLAT symbols kept, SPLAT and an already rendered MESSAGE redacted too) and never writes to
 * the caller's object or to nested objects shared between transports. When redaction fails or
 * hits a limit it returns `false`, which makes winston drop the record; it never throws.
 *
 * Where: at logger level, `combine(errors({ stack: true, cause: true }), splat(), redactFormat(),
 * timestamp(), json())`. It works anywhere: before `errors()` it flattens Error records
 * itself; before `splat()` it redacts the raw arguments so interpolation uses clean values;
 * after a finalizer it re-scans the rendered line (a JSON line is parsed, redacted and
 * re-serialized, which costs more).
 *
 * Blind spots: formats placed after it are trusted (a format that adds PHI after redaction is
 * not re-checked); a transport-level format alone misses uncaught-exception and rejection
 * records (winston hands them to `transport.log()` directly; use `protectLogger()`); with no
 * transports at all winston prints the raw record to stderr before any format runs.
 *
 * @param redactorOrOptions - a compiled `Redactor` (share one across adapters) or options for
 *   `createRedactor`. @defaultValue `{}` (the built-in dictionary and detectors)
 * @example
 * const logger = winston.createLogger({
 *   format: format.combine(format.errors({ stack: true }), format.splat(), redactFormat(), format.json()),
 *   transports: [new winston.transports.Console()],
 * });
 */
export function redactFormat(redactorOrOptions: Redactor | RedactorOptions = {}): Logform.Format {
  const redactor = toRedactor(redactorOrOptions);
  const format: Logform.Format = {
    options: {},
    transform(info) {
      const out = redactRecord(redactor, info);
      return out === withheld ? false : (out as Logform.TransformableInfo);
    },
  };
  return format;
}
