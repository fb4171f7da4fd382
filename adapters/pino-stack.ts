/**
 * Stack traces, scanned frame by frame. A stack is a few hundred characters that differ from
 * the last one only in their message lines; its frame lines (`    at fn (file:1:2)`) repeat from
 * error to error. Scanned whole, every stack is a new long string; scanned per frame line, each
 * frame is a short string the scanner has already seen (its cache holds strings up to 256
 * characters). The message lines stay together, so they are redacted with the rest of the
 * serialized error (one walk: field rules and values learned in the record apply to them).
 */

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
