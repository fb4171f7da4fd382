/**
 * phi-redact: keeps protected health information out of logs, error trackers and traces.
 * The root entry: the engine plus the built-in detectors. Loads no host package.
 */
import { builtinDetectors, builtinObjectRules } from '../patterns/index.js';
import { createRedactorWith, type Redactor, type RedactorOptions } from './redactor.js';

/**
 * Compiles a redactor. With no options it masks the built-in dictionary of PHI field names and
 * runs every built-in detector on every string, object keys included.
 * @example
 * const redactor = createRedactor({ fields: { 'visit.notes': 'name' } });
 * redactor.redact({ ssn: '123-45-6789', msg: 'MRN 00482139 admitted' });
 */
export function createRedactor(options: RedactorOptions = {}): Redactor {
  return createRedactorWith({ detectors: builtinDetectors, objectRules: builtinObjectRules }, options);
}

export type { Redactor, RedactorOptions } from './redactor.js';
export { defineDetector, escapePattern } from './detector.js';
export type { CharNeed, Detector, DetectorDefinition, RewriteHelpers } from './detector.js';
export { RedactionConfigError, RedactionError, isRedactionError, withheld } from './errors.js';
export type { RedactionErrorCode, RedactionStage, Withheld } from './errors.js';
export { defaultTag } from './mask.js';
export type { MaskFn, MaskOptions, Strategy } from './mask.js';
export { guardFailureHandler } from './report.js';
export type { FailureHandler, LimitName, RedactionFailure, RedactionReport } from './report.js';
export type { FieldRule } from './schema.js';
export { cueAfter, cueBefore, digitsOf, isAlnumCode, isDigitCode, isolated, luhn, validDay } from './validate.js';
export { markers } from './walk.js';
export type { ObjectRule, ObjectTags } from './walk.js';
export { builtinDetectors, builtinObjectRules, date, dateNoYear, mrn, mrnFormats, usSsn, usSsnLabelled, validSsn } from '../patterns/index.js';
export type { MrnOptions } from '../patterns/index.js';
export { templateRoute } from '../patterns/url-route.js';
export { createMasker, restrictedZipPrefixes } from './mask.js';
export type { HmacKey, Masker } from './mask.js';
export { reportToMetrics } from './metrics.js';
export type { MetricPoint, MetricsOptions } from './metrics.js';
export { fhirFields, fhirPatientId, fhirRule, hl7Fields, hl7v2, isHl7DateTime, redactHl7 } from '../patterns/index.js';
