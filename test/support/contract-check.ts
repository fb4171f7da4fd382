/**
 * Leak check over the bytes a host sends, with the corpus scoring rules of bench/score.ts
 * (`occurs`: case-sensitive, values of three characters or fewer only at word boundaries).
 *
 * Every line / request is parsed as JSON and every decoded key, string and number is checked,
 * so JSON escaping cannot hide a value; JSON-looking strings inside (a request body held as a
 * string, a stringified payload) are decoded too. The raw text is also searched for the value
 * and its JSON-escaped form (percent-encoded forms on request).
 *
 * Host-generated random values are not payload: hex ids (event, trace, span ids), random
 * fractions (Sentry's sample_rand) and numbers (timestamps) only count when they EQUAL the PHI
 * value (numbers: at word boundaries), so a PHI digit run cannot match inside a random id by
 * chance. The raw-text search skips values made only of hex digits and dots for the same reason.
 */
import { occurs } from '../../bench/score.js';

export interface Decoded {
  readonly raw: readonly string[];
  readonly strings: readonly string[];
  readonly numbers: readonly string[];
}

export function decode(chunks: readonly string[]): Decoded {
  const strings: string[] = [];
  const numbers: string[] = [];
  const walk = (v: unknown, depth: number): void => {
    if (depth > 200) return;
    if (typeof v === 'string') {
      strings.push(v);
      const t = v.trim();
      if (depth < 100 && ((t.startsWith('{') && t.endsWith('}')) || (t.startsWith('[') && t.endsWith(']')))) {
        try {
          walk(JSON.parse(t), depth + 1);
        } catch {
          // not JSON after all: the string itself was checked
        }
      }
    } else if (typeof v === 'number') numbers.push(String(v));
    else if (Array.isArray(v)) for (const x of v) walk(x, depth + 1);
    else if (v !== null && typeof v === 'object') {
      for (const [k, x] of Object.entries(v)) {
        strings.push(k);
        walk(x, depth + 1);
      }
    }
  };
  for (const chunk of chunks) {
    for (const line of chunk.split('\n')) {
      if (line.trim() === '') continue;
      try {
        walk(JSON.parse(line), 0);
      } catch {
        strings.push(line); // not JSON: checked as text
      }
    }
  }
  return { raw: chunks, strings, numbers };
}

const hostRandom = /^(?:[0-9a-f]{16,}|0\.\d+)$/i;

function atBoundary(hay: string, needle: string): boolean {
  let at = hay.indexOf(needle);
  while (at !== -1) {
    const before = at === 0 ? '' : hay[at - 1]!;
    const after = hay[at + needle.length] ?? '';
    if (!/[\p{L}\p{N}]/u.test(before) && !/[\p{L}\p{N}]/u.test(after)) return true;
    at = hay.indexOf(needle, at + 1);
  }
  return false;
}

/** True when `phi` appears in what the host sent. `encoded` also looks for percent-encoded forms. */
export function found(d: Decoded, phi: string, encoded = false): boolean {
  const forms = new Set([phi]);
  if (encoded) {
    forms.add(encodeURIComponent(phi));
    forms.add(encodeURIComponent(phi).replaceAll('%20', '+'));
  }
  for (const form of forms) {
    for (const s of d.strings) {
      if (hostRandom.test(s) ? s === form : occurs([s], form)) return true;
    }
    for (const n of d.numbers) if (atBoundary(n, form)) return true;
    if (form.length > 3 && /[^0-9a-f.]/i.test(form)) {
      const escaped = JSON.stringify(form).slice(1, -1);
      if (d.raw.some((c) => c.includes(form) || c.includes(escaped))) return true;
    }
  }
  return false;
}
