import type { Logform, Logger } from 'winston';
import { withheld, type Redactor, type RedactorOptions } from '../src/index.js';
import { isRedacted, redactRecord, toRedactor } from './winston-record.js';

type LogFn = (info: unknown, callback?: () => void) => unknown;
interface Writer {
  log?: LogFn;
  transport?: Writer;
}
interface Handler {
  handlers?: Map<Writer, Writer>;
  handle?: (...args: unknown[]) => void;
}
type Patchable = Omit<Logger, 'add' | 'configure'> & { configure: (o?: unknown) => void; add: (t: unknown) => unknown };

const guardedLoggers = new WeakSet<object>();
const guardedWriters = new WeakSet<object>();
const guardedHandlers = new WeakSet<object>();
const ourFormats = new WeakSet<object>();

/**
 * Makes every path out of a winston logger redact, in place, and returns the same logger:
 * 1. the logger's format gets a last redaction step (skipped for records a `redactFormat()`
 *    inside it already redacted, unless a later format added a field or rendered the line:
 *    `label()`, `printf`, `json()` output is checked again);
 * 2. every transport's `log()` is guarded: a record that did not come out of our format
 *    (uncaught-exception and unhandled-rejection records are handed to `transport.log()` by
 *    winston's ExceptionStream, skipping the transport's format; winstonjs/winston#1479), or
 *    that a transport's own format changed, is redacted there, or dropped if that fails;
 * 3. transports and handlers added later (`add`, `exceptions.handle`, `rejections.handle`,
 *    `configure`) are guarded too.
 * Call it once, after creating the logger. Child loggers share the parent's protection.
 *
 * Blind spots: legacy winston 2 transports registered directly as exception handlers (their
 * four-argument `log` is left alone), and winston's own stderr print when no transport exists.
 */
export function protectLogger<L extends Logger>(logger: L, redactorOrOptions: Redactor | RedactorOptions = {}): L {
  if (guardedLoggers.has(logger)) return logger;
  const redactor = toRedactor(redactorOrOptions);
  const target = logger as unknown as Patchable;
  const protect = (): void => {
    installLastStep(target, redactor);
    for (const h of [target.exceptions, target.rejections] as unknown as Handler[]) patchHandler(h, protect);
    guardAll(target, redactor);
  };
  const { add, configure } = target;
  target.add = function addGuarded(this: unknown, transport: unknown) {
    const r = add.call(this, transport);
    guardAll(target, redactor);
    return r;
  };
  target.configure = function configureGuarded(this: unknown, options?: unknown) {
    configure.call(this, options);
    protect();
  };
  protect();
  guardedLoggers.add(logger);
  return logger;
}

/** Wraps the logger format so redaction runs after everything the user put in it. */
function installLastStep(logger: Patchable, redactor: Redactor): void {
  const inner = logger.format;
  if (ourFormats.has(inner)) return;
  const last: Logform.Format = {
    options: {},
    transform(info) {
      // The user's own format may throw; winston rethrows that as before.
      const v = inner.transform(info, inner.options);
      if (!v || isRedacted(v)) return v;
      const out = redactRecord(redactor, v);
      return out === withheld ? false : (out as Logform.TransformableInfo);
    },
  };
  ourFormats.add(last);
  logger.format = last;
}

function patchHandler(h: Handler | undefined, protect: () => void): void {
  if (h === undefined || guardedHandlers.has(h) || typeof h.handle !== 'function') return;
  const handle = h.handle;
  h.handle = function handleGuarded(this: Handler, ...args: unknown[]) {
    handle.apply(this, args);
    protect();
  };
  guardedHandlers.add(h);
}

/** Guards the writers winston will call: each pipe, or the transport an exception/rejection stream wraps. */
function guardAll(logger: Patchable, redactor: Redactor): void {
  const streams = new Map<Writer, Writer>();
  for (const h of [logger.exceptions, logger.rejections] as unknown as Handler[]) {
    for (const [transport, stream] of h?.handlers ?? []) {
      streams.set(stream, transport);
      guard(transport, redactor);
    }
  }
  for (const pipe of logger.transports as unknown as Writer[]) guard(streams.get(pipe) ?? pipe, redactor);
}

function guard(w: Writer, redactor: Redactor): void {
  const log = w.log;
  // A four-argument log is a winston 2 transport called as (level, msg, meta, cb): not ours to wrap.
  if (guardedWriters.has(w) || typeof log !== 'function' || log.length > 2) return;
  w.log = function logGuarded(this: Writer, info: unknown, callback?: () => void) {
    if (isRedacted(info)) return log.call(this, info, callback);
    const clean = redactRecord(redactor, info);
    if (clean !== withheld) return log.call(this, clean, callback);
    if (typeof callback === 'function') callback();
    return true;
  };
  guardedWriters.add(w);
}
