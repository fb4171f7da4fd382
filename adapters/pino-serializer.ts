/**
 * Redacting what a pino serializer returned, as pino will write it.
 *
 * Stack traces are scanned frame by frame. A stack is a few hundred characters that differ from
 * the last one only in their message lines; its frame lines (`    at fn (file:1:2)`) repeat from
 * error to error. Scanned whole, every stack is a new long string; scanned per frame line, each
 * frame is a short string the scanner has already seen (its cache holds strings up to 256
 * characters). The message lines stay together, so they are redacted with the rest of the
 * serialized error (one walk: field rules and values learned in the record apply to them).
 */

type Rec = Record<string, unknown>;

/**
 * Redacts serializer output `raw` under `key` (the key's field rules apply). `clean` redacts a
 * value or returns a fixed marker; `redactFrame` redacts one stack line.
 */
export function redactSerialized(key: string, value: unknown, clean: (v: unknown) => unknown, redactFrame: (line: string) => string): unknown {
  const raw = jsonShape(value);
  const stack = typeof raw === 'object' && raw !== null && !hasToJSON(raw) ? (raw as Rec).stack : undefined;
  const split = typeof stack === 'string' ? splitStack(stack) : null;
  if (split === null) return unwrap(clean({ [key]: raw }), key);
  const out = unwrap(clean({ [key]: { ...(raw as Rec), stack: split.text } }), key);
  if (typeof out !== 'object' || out === null || typeof (out as Rec).stack !== 'string') return out;
  const joined = split.join((out as Rec).stack as string, redactFrame);
  if (joined === null) return unwrap(clean({ [key]: raw }), key);
  (out as Rec).stack = joined; // `out` is the walker's copy of our own object, never the caller's
  return out;
}

/**
 * What pino will write of a serializer's output: own string keys only. The std `err` serializer
 * keeps the raw Error under a symbol key; JSON never writes it, so we do not walk it either.
 * Values with `toJSON` and arrays are left to the walker, which redacts what JSON would write.
 */
function jsonShape(value: unknown): unknown {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return value;
  if (hasToJSON(value)) return value;
  if (Object.getOwnPropertySymbols(value).length === 0 && isPlain(value)) return value;
  const out: Rec = {};
  for (const key of Object.keys(value)) {
    const v = (value as Rec)[key];
    if (key === '__proto__') Object.defineProperty(out, key, { value: v, enumerable: true, writable: true, configurable: true });
    else out[key] = v;
  }
  return out;
}

function isPlain(value: object): boolean {
  const proto: unknown = Object.getPrototypeOf(value);
  return proto === Object.prototype || proto === null;
}

function unwrap(out: unknown, key: string): unknown {
  return typeof out === 'object' && out !== null ? (out as Rec)[key] : out;
}

function hasToJSON(value: object): boolean {
  return typeof (value as { toJSON?: unknown }).toJSON === 'function';
}

/** The message lines of a stack, and how to put the stack back together. */
export interface SplitStack {
  /** Every line that is not a frame, joined with `\n` (messages, `caused by:` lines). */
  readonly text: string;
  /** Rebuilds the stack from the redacted `text`; null if its line count changed. */
  readonly join: (redactedText: string, redactFrame: (line: string) => string) => string | null;
}

/** Longest stack split this way; longer ones are left to the walker's limits. */
export const maxSplitStack = 65_536;

/** Splits a V8 stack; null when it has no frame lines or is too long to bother. */
export function splitStack(stack: string): SplitStack | null {
  if (stack.length > maxSplitStack || stack.indexOf('\n    at ') === -1) return null;
  const lines = stack.split('\n');
  const isFrame = lines.map((line) => line.startsWith('    at '));
  const text = lines.filter((_, i) => !isFrame[i]).join('\n');
  const textLines = text.split('\n').length;
  return {
    text,
    join(redactedText, redactFrame) {
      const redacted = redactedText.split('\n');
      if (redacted.length !== textLines) return null;
      let t = 0;
      let out = '';
      for (let i = 0; i < lines.length; i++) {
        out += (i === 0 ? '' : '\n') + (isFrame[i] ? redactFrame(lines[i]!) : redacted[t++]!);
      }
      return out;
    },
  };
}
