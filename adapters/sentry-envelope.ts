import type { NodeOptions } from '@sentry/node';
import { withheld, type Redactor } from '../src/index.js';
import { redactName } from './sentry-fields.js';

/**
 * The last line: a transport wrapper that sees every envelope before it is serialized. Hooks
 * already covered events, transactions, breadcrumbs, spans, logs and metrics, but the SDK adds
 * scope attributes to logs and metrics after `beforeSendLog`/`beforeSendMetric`, and some items
 * have no hook at all (sessions, check-ins, feedback, replays, profiles, attachments).
 * Policy per item type: `pass` (already redacted, no data of its own), `redact` (walk the
 * payload), `drop`. Unknown types are dropped. An item that cannot be redacted is dropped.
 */

/** What the transport does with attachments. */
export type AttachmentPolicy = 'drop' | 'keep';

type Transport = ReturnType<NonNullable<NodeOptions['transport']>>;
type Envelope = Parameters<Transport['send']>[0];
type Policy = 'pass' | 'redact' | 'drop';
type Item = [Record<string, unknown>, unknown];

const policies: Readonly<Record<string, Policy>> = {
  event: 'pass',
  transaction: 'pass',
  client_report: 'pass',
  log: 'redact',
  span: 'redact',
  metric: 'redact',
  trace_metric: 'redact',
  session: 'redact',
  sessions: 'redact',
  check_in: 'redact',
  feedback: 'redact',
  user_report: 'redact',
  replay_event: 'redact',
  profile: 'redact',
  profile_chunk: 'redact',
  replay_recording: 'drop', // compressed DOM recordings: nothing we can read
  raw_security: 'drop',
};

/** Wraps a transport factory so each envelope is redacted (or thinned) before it is sent. */
export function redactingTransport<O>(
  makeTransport: (options: O) => Transport,
  redactor: Redactor,
  attachments: AttachmentPolicy,
): (options: O) => Transport {
  return (options) => {
    const inner = makeTransport(options);
    return {
      ...inner,
      send(envelope: Envelope) {
        const clean = redactEnvelope(redactor, envelope, attachments);
        return clean === null ? Promise.resolve({}) : inner.send(clean);
      },
      flush: (timeout?: number) => inner.flush(timeout),
    };
  };
}

/** A new envelope, or `null` when nothing is left to send. Never throws. */
export function redactEnvelope(redactor: Redactor, envelope: Envelope, attachments: AttachmentPolicy): Envelope | null {
  try {
    const [headers, items] = envelope as unknown as [Record<string, unknown>, Item[]];
    const out: Item[] = [];
    for (const item of items) {
      const kept = redactItem(redactor, item, attachments);
      if (kept !== null) out.push(kept);
    }
    if (out.length === 0 && items.length > 0) return null;
    return [redactHeaders(redactor, headers), out] as unknown as Envelope;
  } catch {
    return null;
  }
}

function redactItem(redactor: Redactor, item: Item, attachments: AttachmentPolicy): Item | null {
  const [header, payload] = item;
  const type = String(header.type);
  const policy = type === 'attachment' ? (attachments === 'keep' ? 'pass' : 'drop') : (policies[type] ?? 'drop');
  if (policy === 'pass') return item;
  if (policy === 'drop') return null;
  const isText = typeof payload === 'string';
  let value: unknown = payload;
  if (isText) {
    try {
      value = JSON.parse(payload);
    } catch {
      return null; // an unreadable text payload (statsd lines, ...) is not sent
    }
  } else if (typeof value !== 'object' || value === null || ArrayBuffer.isView(value)) {
    return null;
  }
  const out = redactor.redactOrWithhold(value);
  if (out === withheld || typeof out !== 'object' || out === null) return null;
  fixAttributeTypes(out);
  // A new header: its `length`, if any, described the old bytes.
  const { length: _length, ...rest } = header;
  return [rest, isText ? JSON.stringify(out) : out];
}

/**
 * Serialized attributes carry a type (`{ value: 123456789, type: 'integer' }`); a masked value
 * is a string, so its type must say so or the item is rejected. Only touches our own copies.
 */
function fixAttributeTypes(node: unknown, depth = 0): void {
  if (typeof node !== 'object' || node === null || depth > 6) return;
  const o = node as Record<string, unknown>;
  if (typeof o.value === 'string' && typeof o.type === 'string' && o.type !== 'string' && !o.type.endsWith('[]')) {
    o.type = 'string';
    return;
  }
  for (const v of Object.values(o)) fixAttributeTypes(v, depth + 1);
}

/** The dynamic sampling context in the envelope header repeats the transaction name. */
function redactHeaders(redactor: Redactor, headers: Record<string, unknown>): Record<string, unknown> {
  const trace = headers.trace;
  if (typeof trace !== 'object' || trace === null) return headers;
  const t = { ...(trace as Record<string, unknown>) };
  if ('transaction' in t) t.transaction = redactName(redactor, t.transaction);
  if ('user_segment' in t) delete t.user_segment;
  return { ...headers, trace: t };
}
