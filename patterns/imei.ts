import { defineDetector } from '../src/detector.js';
import { isolated, luhn } from '../src/validate.js';

/**
 * IMEI device numbers after an `IMEI` (or `IMEISV`, `MEID`) cue: 15 digits, bare or grouped
 * 2-6-6-1 (`35-209900-176148-1`), with a Luhn check; IMEISV (16 digits, no check) also masked
 * after its cue. Misses: IMEIs with no cue (`imei` fields are masked by the key dictionary).
 */
export const imei = defineDetector({
  id: 'imei',
  kind: 'device',
  source: String.raw`(?i)\b(?:imei(?:sv)?|meid)[ \t]*(?:number|no\.?|#)?[ \t]*[:#=]?[ \t]*["']?(\d{2}[- ]?\d{6}[- ]?\d{6}[- ]?\d{1,2})\b`,
  group: 1,
  needs: ['digit', 'letter'],
  confirm: (text, start, end) => {
    const d = text.slice(start, end).replace(/\D/g, '');
    return isolated(text, start, end) && (d.length === 16 || (d.length === 15 && luhn(d)));
  },
});
