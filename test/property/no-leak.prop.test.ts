/**
 * No generated canary (SSN in dashed, spaced, dotted and Unicode-dash forms; labelled MRN;
 * dates in every documented form) survives in any position a log record can hide it.
 */
import { fc, test } from '@fast-check/vitest';
import { describe, expect } from 'vitest';
import { createRedactor } from '../../src/index.js';
import { allText, canary, propOptions, recordWrites, safeRecord, type Canary } from '../support/arbitraries.js';

const redactor = createRedactor({ onFailure: () => {} });

class Visit {
  constructor(readonly note: string) {}
}
class Wrapped {
  constructor(readonly inner: string) {}
  toJSON(): unknown {
    return { serialized: this.inner };
  }
}

/** Every place a string can sit in a record; each returns a fresh value holding `t`. */
const placements: ReadonlyArray<readonly [string, (t: string) => unknown]> = [
  ['value', (t) => ({ note: t })],
  ['key', (t) => ({ [t]: 1 })],
  ['symbol-keyed field', (t) => ({ [Symbol('note')]: t })],
  ['symbol description', (t) => ({ [Symbol(t)]: 1 })],
  ['array item', (t) => ({ items: ['first', t] })],
  ['deep value', (t) => ({ a: { b: [{ c: { d: t } }] } })],
  ['Map value', (t) => new Map([['note', t]])],
  ['Map key', (t) => new Map([[t, 1]])],
  ['Map with object keys', (t) => new Map<unknown, unknown>([[{ id: 1 }, t]])],
  ['Set entry', (t) => ({ tags: new Set(['x', t]) })],
  ['Error message and stack', (t) => ({ err: new Error(t) })],
  ['Error cause', (t) => ({ err: new Error('outer', { cause: new Error(t) }) })],
  ['Error property', (t) => ({ err: Object.assign(new Error('outer'), { detail: t }) })],
  ['AggregateError errors', (t) => new AggregateError([new Error(t)], 'many')],
  ['toJSON result (plain)', (t) => ({ v: { toJSON: () => ({ note: t }) } })],
  ['toJSON result (class)', (t) => ({ v: new Wrapped(t) })],
  ['toJSON chain', (t) => ({ v: { toJSON: () => ({ toJSON: () => t }) } })],
  ['class instance field', (t) => ({ v: new Visit(t) })],
  ['enumerable getter', (t) => ({ get note() { return t; } })],
  ['proxy', (t) => new Proxy({ note: t }, {})],
  ['JSON in a string', (t) => ({ payload: JSON.stringify({ note: t }) })],
  ['JSON array in a string', (t) => ({ payload: JSON.stringify([1, { note: t }]) })],
  ['JSON in JSON in a string', (t) => ({ payload: JSON.stringify({ inner: JSON.stringify({ note: t }) }) })],
  ['embedded JSON in prose', (t) => ({ msg: `intake payload: ${JSON.stringify({ note: t })} done` })],
  ['boxed string', (t) => ({ note: Object(t) as unknown })],
  ['null-prototype object', (t) => Object.assign(Object.create(null) as object, { note: t })],
];

function leaks(out: unknown, c: Canary): boolean {
  let json = '';
  try {
    json = JSON.stringify(out) ?? '';
  } catch {
    json = '';
  }
  return json.includes(c.secret) || allText(out).includes(c.secret);
}

describe('redact: no canary survives', () => {
  for (const [where, place] of placements) {
    test.prop([canary], propOptions)(`in a ${where}`, (c) => {
      const out = redactor.redact(place(c.text));
      expect(leaks(out, c)).toBe(false);
    });
  }

  test.prop([fc.array(fc.tuple(canary, fc.nat(placements.length - 1)), { minLength: 1, maxLength: 5 }), safeRecord], propOptions)(
    'in records mixing placements and clean fields',
    (items, clean) => {
      const record: Record<string, unknown> = { clean };
      items.forEach(([c, p], i) => (record[`f${i}`] = placements[p]![1](c.text)));
      const out = redactor.redact(record);
      for (const [c] of items) expect(leaks(out, c)).toBe(false);
    },
  );

  test.prop([canary], propOptions)('behind proxies that record writes, with no write', (c) => {
    const writes: string[] = [];
    const input = recordWrites({ a: { note: c.text }, list: [c.text], err: { message: c.text } }, writes);
    const out = redactor.redact(input);
    expect(leaks(out, c)).toBe(false);
    expect(writes).toEqual([]);
  });

  test.prop([canary], propOptions)('control: the leak check sees a canary a detector-less redactor keeps', (c) => {
    const bare = createRedactor({ detectors: [], onFailure: () => {} });
    expect(leaks(bare.redact({ note: c.text }), c)).toBe(true);
    expect(leaks(bare.redact({ [Symbol('s')]: c.text }), c)).toBe(true);
  });

  test.prop([canary], propOptions)('in redactString and redactOrWithhold', (c) => {
    expect(redactor.redactString(c.text).includes(c.secret)).toBe(false);
    expect(leaks(redactor.redactOrWithhold({ m: c.text }), c)).toBe(false);
  });
});
