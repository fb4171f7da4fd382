/**
 * Error classes and the `withheld` signal. Our errors never quote input data: messages are
 * fixed text plus configuration (which the integrator wrote), never values or keys seen at
 * run time, and never a foreign error as `cause` (messages from JSON.parse or user code can
 * quote data).
 */

const brand = Symbol.for('phi-redact.error');

/** Where a run-time failure happened. */
export type RedactionStage = 'walk' | 'scan' | 'serialize' | 'adapter';

/** Stable error codes. */
export type RedactionErrorCode =
  | 'ERR_REDACT_CONFIG'
  | 'ERR_REDACT_DETECTOR'
  | 'ERR_REDACT_READ'
  | 'ERR_REDACT_LIMIT'
  | 'ERR_REDACT_INTERNAL';

/** Thrown at construction for bad options. May quote configuration, never input data. */
export class RedactionConfigError extends Error {
  readonly code = 'ERR_REDACT_CONFIG' as const;
  constructor(message: string) {
    super(message);
    this.name = 'RedactionConfigError';
    Object.defineProperty(this, brand, { value: true });
  }
}

/** A run-time failure inside redaction. Carries a code, a stage and maybe a detector id. */
export class RedactionError extends Error {
  readonly code: RedactionErrorCode;
  readonly stage: RedactionStage;
  readonly detector: string | undefined;
  constructor(code: RedactionErrorCode, stage: RedactionStage, detector?: string) {
    super(`phi-redact: ${code} during ${stage}${detector ? ` (detector ${detector})` : ''}`);
    this.name = 'RedactionError';
    this.code = code;
    this.stage = stage;
    this.detector = detector;
    Object.defineProperty(this, brand, { value: true });
  }
}

/** True for any phi-redact error, also across duplicate copies of the package. */
export function isRedactionError(e: unknown): e is RedactionError | RedactionConfigError {
  return typeof e === 'object' && e !== null && (e as Record<symbol, unknown>)[brand] === true;
}

/** Returned by `redactOrWithhold` when a record cannot be redacted safely. */
export const withheld: unique symbol = Symbol.for('phi-redact.withheld');
export type Withheld = typeof withheld;
