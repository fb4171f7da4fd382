import { fc, test } from '@fast-check/vitest';
import { describe, expect, it } from 'vitest';
import { createRedactor } from '../../src/index.js';
import { mayHide, reveal } from '../../src/reveal.js';

const r = createRedactor();

describe('hidden identifiers', () => {
  it.each([
    ['q=123%2D45%2D6789', '123'],
    ['SSN 123&#45;45&#45;6789', '6789'],
    ['SSN 123&#x2d;45&#x2D;6789', '6789'],
    ['SSN １２３-４５-６７８９', '６７８９'],
    ['SSN 123-45\u200b-6789', '6789'],
    ['1\u200b2\u200b3-45-6789', '6789'],
    ['SSN 123\u00ad-45-6789', '6789'],
    ['note SSN \\u0031\\u0032\\u0033-45-6789', '6789'],
    ['mail jane.roe&#64;example.com', 'jane.roe'],
  ])('masks %s', (input, secret) => {
    const out = r.redactString(input);
    expect(out).not.toContain(secret);
    expect(r.redactString(out)).toBe(out);
  });

  it.each(['CPU at 50% & rising', 'GET /api/v1/search?q=hello%20world HTTP/1.1', 'a &amp; b', 'path C:\\users\\build'])(
    'leaves %s as written when nothing is hidden in it',
    (input) => {
      expect(r.redactString(input)).toBe(input);
    },
  );

  test.prop([fc.string({ maxLength: 200 })])('reveal never grows the text and mayHide is false for what it leaves plain', (s) => {
    const out = reveal(s);
    expect(out.length).toBeLessThanOrEqual(s.length);
    if (!mayHide(s)) expect(out).toBe(s);
  });

  it('reveals a 1 MB string of escapes in linear time', () => {
    const big = '%2D&#45;\\u0031\u200b'.repeat(60_000);
    const t0 = performance.now();
    reveal(big);
    expect(performance.now() - t0).toBeLessThan(2000);
  });
});
