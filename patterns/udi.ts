import { defineDetector } from '../src/detector.js';
import { cueBefore } from '../src/validate.js';

/**
 * FDA unique device identifiers in GS1 human-readable form (PHI-IDENTIFIERS §17.1):
 * `(01)` GTIN-14 with a valid check digit, then any of `(10)` lot, `(11)` production date,
 * `(17)` expiry and `(21)` serial, all masked together because the serial pins one implant.
 * Misses: GS1 element strings without parentheses (scanner output), ICCBBA ISBT 128.
 */
export const udi = defineDetector({
  id: 'udi',
  kind: 'device',
  source: String.raw`\(01\)\d{14}(?:\((?:10|11|17|21)\)[^()\s]{1,20})*`,
  needs: ['digit'],
  confirm: (text, start) => validGtin(text.slice(start + 4, start + 18)),
});

/**
 * HIBCC device identifiers (`+A123BJC5D6E71`, with `/$$...` secondary data) after a device cue
 * (`UDI`, `HIBCC`, `device`, `implant`, `serial`) within 40 characters. Misses: HIBCC codes with no
 * cue (the Mod 43 check is not verified, so the cue carries the decision).
 */
export const udiHibcc = defineDetector({
  id: 'udi-hibcc',
  kind: 'device',
  source: String.raw`\+[A-Z][A-Z0-9]{3}[A-Z0-9]{1,18}\d[0-9A-Z. $/+%-]?(?:/\$\$[0-9A-Z+$]{1,30})?`,
  needs: ['digit', 'upper'],
  confirm: (text, start) => cueBefore(text, start, ['udi', 'hibcc', 'device', 'implant', 'serial', 'lot'], 40),
});

/** GS1 check digit of a GTIN-14 (weights 3, 1 from the right). */
export function validGtin(d: string): boolean {
  if (!/^\d{14}$/.test(d)) return false;
  let sum = 0;
  for (let i = 0; i < 13; i++) sum += (d.charCodeAt(i) - 48) * (i % 2 === 0 ? 3 : 1);
  return (10 - (sum % 10)) % 10 === d.charCodeAt(13) - 48;
}
