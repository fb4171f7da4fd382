import { defineDetector } from '../src/detector.js';

const h2 = '[0-9A-Fa-f]{2}';

/**
 * MAC (EUI-48) and Bluetooth device addresses (PHI-IDENTIFIERS §15): `4a:00:04:10:9b:50`,
 * `01-23-45-67-89-AB`, Cisco `0123.4567.89ab`. One separator throughout (one alternative per
 * separator, since RE2 has no backreferences). Randomised (locally administered) addresses are
 * masked too. Left alone: all-zero and broadcast addresses, six groups that continue with `:hex`
 * or follow `hex:` (the tail of an IPv6 address, the head of a certificate fingerprint), and five
 * groups (`00:1A:2B:3C:4D`). Misses: EUI-64 (eight groups) and addresses without separators.
 */
export const macAddress = defineDetector({
  id: 'mac-address',
  kind: 'mac',
  source: String.raw`(?:^|[^0-9A-Za-z:.-])(${h2}(?::${h2}){5}|${h2}(?:-${h2}){5}|[0-9A-Fa-f]{4}\.[0-9A-Fa-f]{4}\.[0-9A-Fa-f]{4})\b`,
  group: 1,
  needs: ['digit'],
  confirm: (text, start, end) => {
    const next = text.charCodeAt(end);
    if (next === 58 || next === 45 || next === 46) {
      // `:hex`, `-hex` or `.hex` after: part of a longer run (IPv6, fingerprint, UUID-like id).
      if (isHex(text.charCodeAt(end + 1))) return false;
    }
    const hex = text.slice(start, end).replace(/[^0-9A-Fa-f]/g, '').toLowerCase();
    return hex !== '000000000000' && hex !== 'ffffffffffff';
  },
});

function isHex(c: number): boolean {
  return (c >= 48 && c <= 57) || (c >= 65 && c <= 70) || (c >= 97 && c <= 102);
}
