/**
 * printf-style message formatting with the semantics of `quick-format-unescaped` (what pino 9
 * and 10 use): `%s %d %i %f %j %o %O %%`. The pino adapter formats the message itself so the
 * final text, interpolated values included, is scanned as one string; pino then receives the
 * finished message and no arguments, so it never interprets a `%` in it again.
 *
 * Quirks kept on purpose so output matches bare pino: extra arguments are dropped (not appended
 * as `util.format` does), a `%` followed by an unknown letter still consumes an argument, `%d`
 * with `null`/`undefined` stays literal, `%j`/`%o`/`%O` put strings in single quotes.
 */

/** Serializes an object argument; must not throw. */
export type Stringify = (value: unknown) => string;

/** Formats `template` with `args` as pino would. Non-string templates follow pino too. */
export function formatMessage(template: unknown, args: readonly unknown[], stringify: Stringify): unknown {
  if (typeof template === 'object' && template !== null) {
    // quick-format-unescaped joins the stringified template with args[1..] (sic: args[0] is skipped).
    const len = args.length + 1;
    if (len === 1) return template;
    const parts: string[] = [stringify(template)];
    for (let i = 1; i < len; i++) parts.push(stringify(args[i]));
    return parts.join(' ');
  }
  if (typeof template !== 'string' || args.length === 0) return template;
  const f = template;
  const n = f.length;
  let out = '';
  let a = 0;
  let last = -1;
  for (let i = 0; i < n; i++) {
    if (f.charCodeAt(i) !== 37 /* % */ || i + 1 >= n) continue;
    last = last > -1 ? last : 0;
    const c = f.charCodeAt(i + 1);
    const arg = args[a];
    let piece: string | null = null;
    switch (c) {
      case 100: // d
      case 102: // f
        if (a < args.length && arg != null) piece = String(Number(arg));
        break;
      case 105: // i
        if (a < args.length && arg != null) piece = String(Math.floor(Number(arg)));
        break;
      case 79: // O
      case 111: // o
      case 106: // j
        if (a < args.length && arg !== undefined) {
          if (typeof arg === 'string') piece = `'${arg}'`;
          else if (typeof arg === 'function') piece = arg.name || '<anonymous>';
          else piece = stringify(arg);
        }
        break;
      case 115: // s
        if (a < args.length) piece = String(arg);
        break;
      case 37: // %
        piece = '%';
        a--;
        break;
    }
    if (piece !== null) {
      if (last < i) out += f.slice(last, i);
      out += piece;
      last = i + 2;
      i++;
    }
    a++;
  }
  if (last === -1) return f;
  return last < n ? out + f.slice(last) : out;
}

/** JSON for `%j %o %O`; a cycle or a BigInt gives a fixed marker (pino would use safe-stable-stringify). */
export function jsonArg(value: unknown): string {
  try {
    return JSON.stringify(value) ?? 'undefined';
  } catch {
    return '"[Unserializable]"';
  }
}
