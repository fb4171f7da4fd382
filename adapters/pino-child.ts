import type { Logger } from 'pino';
import { symbols } from 'pino';
import { markers } from '../src/index.js';

/**
 * What the pino adapter does when a child logger is created (`onChild`). pino 10 serializes a
 * child's bindings once, at `child()` time, and does NOT pass them through
 * `formatters.bindings` (it resets that formatter for children), so we redact the part of the
 * bindings string the child added. Also: the child's `setBindings`, its `msgPrefix`, and any
 * child-level serializers or `formatters.log` (wrapped like the root ones).
 */

type Instance = Logger & Record<symbol, unknown>;
type Rec = Record<string, unknown>;
type Serializer = (value: unknown) => unknown;

/** Tools the adapter lends: redact-or-marker, and its wrappers (which mark what they return). */
export interface ChildTools {
  readonly clean: (value: unknown) => unknown;
  readonly wrapSerializer: (key: string, fn: Serializer) => Serializer;
  readonly wrapLog: (fn: ((o: Rec) => Rec) | undefined) => (o: Rec) => Rec;
  /** Functions made by the adapter (never wrapped twice). */
  readonly ours: WeakSet<object>;
}

const { chindingsSym, serializersSym, formattersSym } = symbols;
const withheldBinding = `,"bindings":${JSON.stringify(markers.withheld)}`;

/** Redacts what `child()` added to `child`. Never throws (a failure withholds the bindings). */
export function redactChild(child: Instance, tools: ChildTools): void {
  const parent = Object.getPrototypeOf(child) as Instance;
  try {
    child[chindingsSym] = redactChindings(String(parent[chindingsSym] ?? ''), String(child[chindingsSym] ?? ''), tools);
  } catch {
    child[chindingsSym] = String(parent[chindingsSym] ?? '') + withheldBinding;
  }
  if (!tools.ours.has(child.setBindings)) {
    const original = child.setBindings;
    const setBindings = function (this: Instance, bindings: Rec): void {
      const before = String(this[chindingsSym] ?? '');
      original.call(this, bindings);
      try {
        this[chindingsSym] = redactChindings(before, String(this[chindingsSym] ?? ''), tools);
      } catch {
        this[chindingsSym] = before + withheldBinding;
      }
    };
    tools.ours.add(setBindings);
    Object.defineProperty(child, 'setBindings', { value: setBindings, writable: true, configurable: true });
  }
  for (const sym of Object.getOwnPropertySymbols(child)) {
    // `msgPrefix` is kept under a symbol pino does not export; a child sets its own copy.
    if (sym.description === 'pino.msgPrefix' && typeof child[sym] === 'string') {
      const clean = tools.clean(child[sym]);
      child[sym] = typeof clean === 'string' ? clean : markers.withheld;
    }
  }
  if (Object.hasOwn(child, serializersSym)) {
    const sers = child[serializersSym] as Record<string, Serializer>; // pino's own copy for this child
    for (const key of Object.keys(sers)) {
      const fn = sers[key];
      if (typeof fn === 'function' && !tools.ours.has(fn)) sers[key] = tools.wrapSerializer(key, fn);
    }
  }
  const formatters = child[formattersSym] as { log?: (o: Rec) => Rec } | undefined;
  if (formatters?.log !== undefined && !tools.ours.has(formatters.log)) {
    child[formattersSym] = { ...formatters, log: tools.wrapLog(formatters.log) };
  }
}

/**
 * `after` is `before` plus `,"key":value` pairs pino wrote with JSON.stringify: parse that tail,
 * redact it as one object, write it back. Unchanged tails are kept as they are.
 */
function redactChindings(before: string, after: string, tools: ChildTools): string {
  if (!after.startsWith(before)) return redactChindings('', after, tools);
  const tail = after.slice(before.length);
  if (tail.length === 0) return after;
  const parsed = JSON.parse(`{${tail.slice(1)}}`) as Rec;
  const clean = tools.clean(parsed);
  if (clean === parsed) return after;
  if (typeof clean !== 'object' || clean === null) return before + withheldBinding;
  let out = before;
  for (const [key, value] of Object.entries(clean)) {
    const json = JSON.stringify(value);
    if (json !== undefined) out += `,${JSON.stringify(key)}:${json}`;
  }
  return out;
}
