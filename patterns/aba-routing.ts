import { defineDetector } from '../src/detector.js';
import { isolated } from '../src/validate.js';

/**
 * ABA routing transit numbers (PHI-IDENTIFIERS §20.2) after a cue (`routing`, `ABA`, `RTN`,
 * `transit`): nine digits, optionally dashed 4-4-1, whose first two digits are a Federal Reserve
 * range (00-12, 21-32, 61-72, 80) and that pass 3-7-1 weighted mod 10. One random nine-digit
 * number in ten passes the checksum, so a bare number is never masked by this detector
 * (`usSsnLabelled` and field names cover labelled nine-digit values). Misses: routing numbers with
 * no cue within a few words.
 */
export const abaRouting = defineDetector({
  id: 'aba-routing',
  kind: 'account',
  source: String.raw`(?i)\b(?:routing|aba|rtn|transit)(?:[ _-]?(?:number|num|no\.?|#|transit))?[ \t]*(?:is|was)?[ \t]*[:#=-]?[ \t]*["']?(\d{4}-?\d{4}-?\d)\b`,
  group: 1,
  needs: ['digit', 'letter'],
  confirm: (text, start, end) => isolated(text, start, end) && validAba(text.slice(start, end).replace(/-/g, '')),
});

/** Federal Reserve prefix and the 3-7-1 checksum. */
export function validAba(d: string): boolean {
  if (!/^\d{9}$/.test(d)) return false;
  const p = Number(d.slice(0, 2));
  if (!(p <= 12 || (p >= 21 && p <= 32) || (p >= 61 && p <= 72) || p === 80)) return false;
  const n = (i: number): number => d.charCodeAt(i) - 48;
  return (3 * (n(0) + n(3) + n(6)) + 7 * (n(1) + n(4) + n(7)) + (n(2) + n(5) + n(8))) % 10 === 0;
}
