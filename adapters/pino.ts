/**
 * pino adapter: `pino(withRedaction(options))`. Every record is redacted on the main thread
 * before pino serializes it, so transports and workers only receive redacted lines.
 *
 * Seams (read from pino 10.4 `lib/tools.js`, `lib/proto.js`):
 * - `hooks.logMethod`: sees the raw arguments. We format the message template with all its
 *   arguments ourselves (`%s %d %i %f %j %o %O %%`, as pino does), put the text next to the merge
 *   object and redact both in ONE walk (a `%s` value next to an `SSN` cue is caught, JSON inside
 *   the message gets field rules, a name tagged in the object is masked in the message too). We
 *   also supply the message pino would take raw from `err.message`. pino then gets the redacted
 *   object and the finished message with no arguments, so it never reads a `%` in it again.
 * - serializers (the user's and pino's default `err`, also child-level ones): wrapped so their
 *   OUTPUT is redacted with the key's field rules. Values under a serializer key reach the
 *   serializer unredacted, as pino would give them.
 * - `mixin` output and the user's own `formatters.log` output (root or child-level): redacted.
 * - `formatters.bindings` (root `base`, `name`) and `onChild`: pino 10 does not call
 *   `formatters.bindings` for child bindings, so `onChild` redacts the bindings a child adds
 *   (and its `setBindings`) and a child's `msgPrefix`.
 * - `hooks.streamWrite`: when any of our steps failed for the record, the line is replaced by a
 *   fixed, data-free placeholder. pino never throws because of us.
 * The user's hooks, formatters, serializers and mixin still run, theirs first, ours on their output.
 *
 * Blind spots: a destination flagged `Symbol.for('pino.metadata')` (`pino.multistream`) gets
 * `lastObj`/`lastMsg` (redacted here, except raw values under serializer keys such as `err`);
 * `pino_asJson` diagnostics-channel subscribers (Sentry's pino integration) see the same
 * arguments; `console.*` never passes through pino; a `msgPrefix` is scanned apart from the
 * message; a user `formatters.log` output is redacted with the serializer keys of the logger
 * that last called a log method.
 */
import type { Logger, LoggerOptions, LogFn } from 'pino';
import { stdSerializers, symbols } from 'pino';
import { createRedactor, markers, withheld, type Redactor, type RedactorOptions } from '../src/index.js';
import { redactChild } from './pino-child.js';
import { formatMessage, jsonArg } from './pino-format.js';
import { redactSerialized } from './pino-serializer.js';

type Rec = Record<string, unknown>;
type Serializer = (value: unknown) => unknown;
type Instance = Logger & Record<symbol, unknown>;

const { serializersSym } = symbols;
const ours = new WeakSet<object>();

/**
 * Returns pino options that redact every record. Pass a `Redactor` to share one, or redactor
 * options (default: `createRedactor()`). `pinoOptions` is not modified.
 * @example
 * const logger = pino(withRedaction({ level: 'info' }));
 * logger.info({ patient: { ssn: '123-45-6789' } }, 'SSN %s on file', ssn); // both masked
 */
export function withRedaction<T extends LoggerOptions>(
  pinoOptions?: T,
  redactorOrOptions: Redactor | RedactorOptions = {},
): T {
  const redactor = isRedactor(redactorOrOptions) ? redactorOrOptions : createRedactor(redactorOrOptions);
  const options = (pinoOptions ?? {}) as LoggerOptions;
  const messageKey = options.messageKey ?? 'msg';
  const errorKey = options.errorKey ?? 'err';
  const end = options.crlf === true ? '\r\n' : '\n';
  let failed = false;
  let failedLevel = 30;
  let current: Instance | null = null;
  const userMixin = options.mixin;
  const redactFrame = (line: string): string => redactor.redactString(line);

  const fail = (): void => {
    failed = true;
  };
  /** Redacts a value; on any failure flags the record and returns a fixed marker. */
  const clean = (value: unknown): unknown => {
    try {
      const out = redactor.redactOrWithhold(value);
      if (out !== withheld) return out;
    } catch {
      // a redactor that throws: fall through to the placeholder
    }
    fail();
    return markers.withheld;
  };
  /** Runs user code; if it throws, the record is withheld (pino must not throw because of us). */
  const guard = (fn: () => unknown): unknown => {
    try {
      return fn();
    } catch {
      fail();
      return {};
    }
  };
  const wrapSerializer = (key: string, fn: Serializer): Serializer => {
    if (ours.has(fn)) return fn;
    const wrapped = (value: unknown): unknown => {
      try {
        return redactSerialized(key, fn(value), clean, redactFrame);
      } catch {
        fail();
        return markers.withheld;
      }
    };
    ours.add(wrapped);
    return wrapped;
  };
  const wrapLog = (fn: ((o: Rec) => Rec) | undefined) => {
    const wrapped = (obj: Rec): Rec => {
      try {
        const out = fn ? fn(obj) : obj;
        const sers = (current?.[serializersSym] ?? serializers) as Record<string, Serializer | undefined>;
        return redactRecord(out, undefined, sers).obj;
      } catch {
        fail();
        return {};
      }
    };
    ours.add(wrapped);
    return wrapped;
  };

  const serializers: Record<string, Serializer> = Object.create(null) as Record<string, Serializer>;
  serializers.err = wrapSerializer('err', stdSerializers.err as Serializer);
  for (const [key, fn] of Object.entries(options.serializers ?? {})) {
    if (typeof fn === 'function') serializers[key] = wrapSerializer(key, fn as Serializer);
  }

  /** Redacts `obj` (minus serializer keys) and `msg` in one walk. */
  const redactRecord = (obj: unknown, msg: unknown, sers: Record<string, Serializer | undefined>) => {
    const rec: Rec = {};
    let held: unknown[] | null = null;
    if (typeof obj === 'object' && obj !== null) {
      for (const key of Object.keys(obj)) {
        const v = (obj as Rec)[key];
        if (v === undefined) continue;
        if (sers[key] !== undefined || (key === errorKey && sers.err !== undefined)) (held ??= []).push(key, v);
        else if (key === '__proto__') Object.defineProperty(rec, key, { value: v, enumerable: true, writable: true, configurable: true });
        else rec[key] = v;
      }
    }
    const inline = msg !== undefined && !Object.hasOwn(rec, messageKey);
    if (inline) rec[messageKey] = msg;
    const out = clean(rec);
    if (typeof out !== 'object' || out === null) return { obj: {}, msg: markers.withheld };
    const result = out as Rec;
    let cleanMsg: unknown;
    if (inline) {
      cleanMsg = result[messageKey];
      // Deleting would make the object slow for pino's loop; pino skips undefined values. A mixin
      // is merged with Object.assign, where an undefined key would hide the mixin's own.
      if (userMixin) delete result[messageKey];
      else result[messageKey] = undefined;
    } else if (msg !== undefined) {
      cleanMsg = clean(msg);
    }
    if (held !== null) for (let i = 0; i < held.length; i += 2) result[held[i] as string] = held[i + 1];
    return { obj: result, msg: cleanMsg };
  };

  /** Our log method: what the user's `logMethod` hook (if any) calls. */
  const redactArgs = (logger: Instance, args: unknown[]): unknown[] => {
    let o = args[0];
    let at: number;
    if (typeof o === 'object') {
      if (o === null && args.length === 1) return args; // pino writes "msg":null, nothing to redact
      at = 1;
      if (o !== null) {
        const r = o as Rec;
        if (r.method && r.headers && r.socket) o = stdSerializers.mapHttpRequest(o as never);
        else if (typeof r.setHeader === 'function') o = stdSerializers.mapHttpResponse(o as never);
      }
    } else {
      at = o === undefined ? 1 : 0;
      o = null;
    }
    const template = args[at];
    const params = args.length > at + 1 ? args.slice(at + 1) : [];
    let msg = template === undefined ? undefined : formatMessage(template, params, jsonArg);
    const sers = logger[serializersSym] as Record<string, Serializer | undefined>;
    let obj = o;
    if (o instanceof Error) {
      obj = { [errorKey]: o };
      if (msg === undefined) msg = o.message;
    } else if (msg === undefined && o !== null) {
      const r = o as Rec;
      const err = r[errorKey] as { message?: unknown } | undefined;
      if (r[messageKey] === undefined && err) msg = err.message;
    }
    const out = redactRecord(obj, msg, sers);
    return out.msg === undefined ? [out.obj] : [out.obj, out.msg];
  };

  /** Redacts the arguments and calls pino's log method; no closure per call without a user hook. */
  const invoke = (logger: Instance, args: unknown[], method: LogFn): void => {
    let cleaned: unknown[];
    try {
      cleaned = redactArgs(logger, args);
    } catch {
      fail();
      cleaned = [markers.withheld];
    }
    (method as (...x: unknown[]) => void).apply(logger, cleaned);
  };
  function logMethod(this: Logger, args: unknown[], method: LogFn, level: number): void {
    failed = false;
    failedLevel = level;
    current = this as Instance;
    if (!user.logMethod) return invoke(current, args, method);
    // The user's hook runs first, on the raw arguments; what it passes on is redacted.
    const call = function (this: Instance, ...a: unknown[]): void {
      invoke(this, a, method);
    };
    user.logMethod.call(this, args as Parameters<LogFn>, call as LogFn, level);
  }

  const user = { ...options.hooks };
  const placeholder = (): string =>
    `{"level":${failedLevel},"time":${Date.now()},${JSON.stringify(messageKey)}:"${markers.withheld}","redaction":"withheld"}${end}`;
  const streamWrite = (line: string): string => {
    if (!failed) {
      if (!user.streamWrite) return line;
      try {
        return user.streamWrite(line);
      } catch {
        return placeholder();
      }
    }
    failed = false;
    return placeholder();
  };

  const userBindings = options.formatters?.bindings;
  const userLevel = options.formatters?.level;
  const tools = { clean, wrapSerializer, wrapLog, ours };
  const onChild = (child: Logger): void => {
    redactChild(child as Instance, tools);
    options.onChild?.(child);
  };
  const asObject = (value: unknown): Rec =>
    typeof value === 'object' && value !== null ? (value as Rec) : { redaction: markers.withheld };
  const out: LoggerOptions = {
    ...options,
    serializers,
    hooks: { logMethod, streamWrite },
    formatters: {
      ...options.formatters,
      bindings: (b: Rec) => asObject(clean(guard(() => (userBindings ? userBindings(b) : b)))),
      ...(options.formatters?.log ? { log: wrapLog(options.formatters.log) } : {}),
      ...(userLevel ? { level: (label: string, n: number) => asObject(clean(guard(() => userLevel(label, n)))) } : {}),
    },
    ...(typeof options.timestamp === 'function' ? { timestamp: wrapTimestamp(options.timestamp, clean) } : {}),
    onChild,
    ...(userMixin ? { mixin: (o: object, n: number, l: Logger) => asObject(clean(guard(() => userMixin(o, n, l)))) } : {}),
    ...(typeof options.msgPrefix === 'string' ? { msgPrefix: String(clean(options.msgPrefix)) } : {}),
  };
  return out as T;
}

/**
 * A user `timestamp` function returns a JSON fragment (`,"time":"..."`) pino splices into the
 * line as is: parse it as the fields it adds, redact them like root fields (the `time` envelope
 * stays), and write them back. A fragment that is not JSON fields is replaced.
 */
/** pino's own time functions: `,"time":1733230800123` or `,"time":"2024-12-03T13:00:00.000Z"`. */
const plainTime = /^,"time":(?:\d{1,20}|"[0-9T:.Z+ -]{1,40}")$/;

function wrapTimestamp(user: () => string, clean: (v: unknown) => unknown): () => string {
  return () => {
    let fragment: string;
    try {
      fragment = String(user());
    } catch {
      fragment = '';
    }
    if (fragment === '' || plainTime.test(fragment)) return fragment;
    try {
      const fields = JSON.parse(`{${fragment.replace(/^\s*,/, '')}}`) as unknown;
      const out = clean(fields);
      if (typeof out !== 'object' || out === null) return `,"time":"${markers.withheld}"`;
      const json = JSON.stringify(out);
      return json === '{}' ? '' : ',' + json.slice(1, -1);
    } catch {
      return `,"time":"${markers.withheld}"`;
    }
  };
}

function isRedactor(x: Redactor | RedactorOptions): x is Redactor {
  return typeof (x as Redactor).redactOrWithhold === 'function' && typeof (x as Redactor).redactString === 'function';
}
