/**
 * phi-redact/sentry: `withRedaction(sentryOptions)` for `@sentry/node` 11.
 *
 * Seam: every `beforeSend*` hook and `beforeBreadcrumb` (ours runs after the user's), a
 * restrictive `dataCollection`, and a transport wrapper for envelope items no hook reaches.
 */
import * as Sentry from '@sentry/node';
import type { NodeOptions } from '@sentry/node';
import { createRedactor, withheld, type Redactor, type RedactorOptions } from '../src/index.js';
import { redactingTransport, type AttachmentPolicy } from './sentry-envelope.js';
import { redactBreadcrumb, redactEvent, redactLog, redactSpan } from './sentry-event.js';

export { redactEnvelope, type AttachmentPolicy } from './sentry-envelope.js';

/** Adapter settings, apart from Sentry's and the redactor's. */
export interface SentryRedactionOptions {
  /** Attachments (files, screenshots, `hint.attachments`) cannot be redacted. @defaultValue `'drop'` */
  readonly attachments?: AttachmentPolicy;
}

type DataCollection = NonNullable<NodeOptions['dataCollection']>;

/**
 * What the SDK may collect, every field explicit (Sentry 11 treats an omitted field as "collect").
 * Your own `dataCollection` fields win, field by field.
 */
export const restrictiveDataCollection: Readonly<DataCollection> = Object.freeze({
  userInfo: false,
  cookies: false,
  httpHeaders: { request: { allow: ['accept', 'content-type', 'content-length', 'user-agent'] }, response: { allow: ['content-type', 'content-length'] } },
  httpBodies: [], // also turns off incoming request body capture unless httpIntegration sets maxRequestBodySize
  urlQueryParams: false,
  graphQL: { document: false, variables: false },
  genAI: { inputs: false, outputs: false },
  mcp: { inputs: false, outputs: false },
  databaseQueryData: false,
  queues: false,
  stackFrameVariables: false,
  frameContextLines: 0,
});

/**
 * Returns Sentry options with redaction installed. Events, transactions, breadcrumbs (also
 * those added with `scope.addBreadcrumb`, which skips `beforeBreadcrumb`: they are redacted
 * again inside `beforeSend`), spans (streamed and static), logs and metrics are redacted after
 * your own hooks ran. URLs keep a route template (`/patients/:id/notes`) and redacted query
 * values; cookies are removed; JSON request bodies are parsed, redacted and re-serialized.
 * When redaction fails, the event, breadcrumb, log or metric is dropped (`null`); a span,
 * which Sentry cannot drop, keeps only ids and timings. Never throws into the SDK.
 *
 * Blind spots: attachments are dropped, not redacted (`attachments: 'keep'` sends them raw);
 * integrations' own local processing (e.g. console output) is not ours; data your hooks add
 * after ours (none: ours run last) is trusted; Sentry 10 is not tested.
 * @example Sentry.init(withRedaction({ dsn, tracesSampleRate: 1 }, { fields: { 'visit.note': 'note' } }));
 */
export function withRedaction(
  sentryOptions: NodeOptions,
  redactorOrOptions: Redactor | RedactorOptions = {},
  adapterOptions: SentryRedactionOptions = {},
): NodeOptions {
  const redactor = toRedactor(redactorOrOptions);
  const o = sentryOptions;
  const orNull = <T>(v: T | typeof withheld): T | null => (v === withheld ? null : v);
  return {
    ...o,
    dataCollection: { ...restrictiveDataCollection, ...o.dataCollection },
    beforeBreadcrumb: (crumb, hint) => {
      const b = callUser(() => (o.beforeBreadcrumb ? o.beforeBreadcrumb(crumb, hint) : crumb));
      return b ? orNull(redactBreadcrumb(redactor, b)) : null;
    },
    beforeSend: (event, hint) =>
      then(callUser(() => (o.beforeSend ? o.beforeSend(event, hint) : event)), (e) => orNull(redactEvent(redactor, e))),
    // Sentry 11 ignores (and warns about) this hook unless traceLifecycle is 'static'.
    ...(o.traceLifecycle === 'static' || o.beforeSendTransaction
      ? {
          beforeSendTransaction: (event: Parameters<NonNullable<NodeOptions['beforeSendTransaction']>>[0], hint: Parameters<NonNullable<NodeOptions['beforeSendTransaction']>>[1]) =>
            then(callUser(() => (o.beforeSendTransaction ? o.beforeSendTransaction(event, hint) : event)), (e) => orNull(redactEvent(redactor, e))),
        }
      : {}),
    beforeSendSpan: spanHook(o, redactor),
    beforeSendLog: (log) => {
      const l = callUser(() => (o.beforeSendLog ? o.beforeSendLog(log) : log));
      return l ? orNull(redactLog(redactor, l)) : null;
    },
    beforeSendMetric: (metric) => {
      const m = callUser(() => (o.beforeSendMetric ? o.beforeSendMetric(metric) : metric));
      return m ? orNull(redactLog(redactor, m)) : null;
    },
    transport: redactingTransport(o.transport ?? Sentry.makeNodeTransport, redactor, adapterOptions.attachments ?? 'drop'),
  };
}

type SpanHook = NonNullable<NodeOptions['beforeSendSpan']>;

/**
 * Sentry 11 calls `beforeSendSpan` only if its shape matches `traceLifecycle` (streamed by
 * default; `withStaticSpan` marks a static one). Ours matches the lifecycle and calls yours
 * only where Sentry would have. A span cannot be dropped, and a throwing callback would make
 * Sentry send it unmodified, so this hook never throws and never returns null.
 */
function spanHook(o: NodeOptions, redactor: Redactor): SpanHook {
  const isStatic = o.traceLifecycle === 'static';
  const user = o.beforeSendSpan as ((s: unknown) => unknown) | undefined;
  const userRuns = user !== undefined && isStaticCallback(user) === isStatic;
  const hook = (span: Parameters<SpanHook>[0]): ReturnType<SpanHook> => {
    let s: object = span;
    if (userRuns) {
      const r = callUser(() => user(span));
      if (typeof r === 'object' && r !== null) s = r;
    }
    const out = redactSpan(redactor, s);
    return (out === withheld ? emptySpan(s) : out) as ReturnType<SpanHook>;
  };
  const withStatic = (Sentry as { withStaticSpan?: (cb: unknown) => SpanHook }).withStaticSpan;
  return isStatic && withStatic ? withStatic(hook) : hook;
}

/** The SDK's own marker (`withStaticSpan` sets `_static`); read the same way the SDK reads it. */
function isStaticCallback(cb: object): boolean {
  return '_static' in cb && Boolean((cb as { _static?: unknown })._static);
}

/** A span whose data could not be redacted: ids and timings stay, everything else goes. */
function emptySpan(s: object): object {
  const out: Record<string, unknown> = { ...(s as Record<string, unknown>) };
  if ('name' in out) out.name = '[REDACTED:WITHHELD]';
  if ('description' in out) out.description = '[REDACTED:WITHHELD]';
  if ('attributes' in out) out.attributes = {};
  if ('data' in out) out.data = {};
  if ('links' in out) out.links = [];
  return out;
}

/** A user hook that throws drops the item, as the SDK would. */
function callUser<T>(fn: () => T): T | null {
  try {
    return fn();
  } catch {
    return null;
  }
}

function then<T, R>(v: T | PromiseLike<T | null> | null, f: (x: T) => R | null): R | null | Promise<R | null> {
  if (v !== null && typeof (v as PromiseLike<T>).then === 'function') {
    return Promise.resolve(v as PromiseLike<T | null>).then((x) => (x ? f(x) : null), () => null);
  }
  return v ? f(v as T) : null;
}

function toRedactor(redactorOrOptions: Redactor | RedactorOptions): Redactor {
  const r = redactorOrOptions as Partial<Redactor>;
  if (typeof r.redactOrWithhold === 'function' && typeof r.redactString === 'function') return r as Redactor;
  return createRedactor(redactorOrOptions as RedactorOptions);
}
