import { isIPv6 } from 'node:net';
import { defineDetector } from '../src/detector.js';
import { cueBefore } from '../src/validate.js';

const octet = String.raw`(?:25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)`;

/**
 * Words that put an address in client position: masked whatever its range.
 * (`client.address`, `remote_addr`, `x-forwarded-for` fields are masked by the key dictionary.)
 */
const clientCues = ['ip', 'ip address', 'ipaddr', 'client', 'remote', 'src', 'source ip', 'forwarded', 'x-forwarded-for', 'xff', 'real-ip', 'user ip', 'caller'];
const versionCues = ['version', 'ver', 'v', 'release', 'build', 'oid'];

/**
 * IPv4 addresses (dotted quad, optional `/prefix` and `:port` left outside the match).
 * Policy (PHI-IDENTIFIERS §14): in free text, public and documentation-range addresses are
 * masked; private (RFC 1918), loopback, link-local, CGNAT, unspecified, multicast and broadcast
 * ranges are kept because they name pods, nodes and load balancers, unless a client cue (`ip`, `client`, `remote`, `src`, `x-forwarded-for`) comes right
 * before, or the address opens an access-log line (`10.1.2.3 - - [...]`). Client-address fields
 * (`client.address`, `remote_addr`, `x-forwarded-for`, `ip`) are masked by the key dictionary
 * whatever the range.
 * Left alone: SNMP/HL7 OIDs (`1.3.6.1.4.1.311`: continues with `.digit`), four-part versions
 * after `version`/`v` (`version=4.17.21.0`), octets over 255 (`Chrome/122.0.6261.94`).
 * Misses: addresses written in hex or as integers.
 */
export const ipv4 = defineDetector({
  id: 'ipv4',
  kind: 'ip',
  source: String.raw`(?:^|[^0-9A-Za-z.])(${octet}(?:\.${octet}){3})\b`,
  group: 1,
  needs: ['digit'],
  confirm: (text, start, end) => {
    if (continues(text, end, false)) return false;
    if (cueBefore(text, start, versionCues, 12)) return false;
    const parts = text.slice(start, end).split('.').map(Number) as [number, number, number, number];
    if (!specialV4(parts)) return true;
    return clientPosition(text, start, end);
  },
});

/**
 * IPv6 addresses: full, compressed (`2001:db8::1`), with an embedded IPv4 tail
 * (`::ffff:192.0.2.1`), a zone (`fe80::1%eth0`) or brackets (`[2001:db8::1]:443`). A candidate
 * pattern finds colon-hex runs, `net.isIPv6` validates, and neighbour rules reject what
 * `isIPv6` alone accepts: `std::vector` and `MyClass::toString` (a letter glued before),
 * `arn:aws:iam::123456789012` and certificate fingerprints `9F:86:D0:...` (a `:hex` after, or a
 * colon-hex run before). Range policy as for `ipv4`: loopback `::1`, unspecified `::`,
 * unique-local `fc00::/7` and multicast are kept in free text unless a client cue comes right
 * before; link-local `fe80::/10` (MAC-derived) and documentation `2001:db8::/32` are masked.
 * Misses: addresses glued to letters, and eight-group fingerprints shaped exactly like an address.
 */
export const ipv6 = defineDetector({
  id: 'ipv6',
  kind: 'ip',
  source: String.raw`(?i)(?:^|[^0-9a-z:.])((?:[0-9a-f]{0,4}:){2,7}(?:(?:\d{1,3}\.){3}\d{1,3}|[0-9a-f]{1,4})?(?:%[0-9a-z]{1,16})?)`,
  group: 1,
  needs: ['colon'],
  confirm: (text, start, end) => {
    const value = text.slice(start, end);
    const zone = value.indexOf('%');
    const address = zone === -1 ? value : value.slice(0, zone);
    if (!isIPv6(address)) return false;
    if (continues(text, end, true)) return false;
    if (!specialV6(address)) return true;
    return clientPosition(text, start, end);
  },
});

/** Followed by a letter, a digit or `.digit` (a longer dotted token); for IPv6 also `:hex`. */
function continues(text: string, end: number, v6: boolean): boolean {
  const a = text.charCodeAt(end);
  if (isWord(a)) return true;
  const b = text.charCodeAt(end + 1);
  if (a === 46 /* . */ && b >= 48 && b <= 57) return true;
  return v6 && a === 58 /* : */ && (isHex(b) || b === 58);
}

function clientPosition(text: string, start: number, end: number): boolean {
  if (cueBefore(text, start, clientCues, 16)) return true;
  // The first address of an access-log line (`10.1.2.3 - - [03/Oct/2024:...`) is the client.
  return text.slice(0, start).trim() === '' && text.startsWith(' - ', end);
}

/**
 * Private, loopback, link-local, CGNAT, multicast and reserved IPv4 ranges. Documentation ranges
 * (192.0.2/24, 198.51.100/24, 203.0.113/24) are NOT here: like other sample values (§24) they are
 * masked, because real deployments copy them and a redactor fails closed.
 */
export function specialV4([a, b, c]: readonly [number, number, number, number]): boolean {
  return (
    a === 0 || a === 10 || a === 127 || a >= 224 ||
    (a === 100 && b >= 64 && b <= 127) ||
    (a === 169 && b === 254) ||
    (a === 172 && b >= 16 && b <= 31) ||
    (a === 192 && b === 168) ||
    (a === 192 && b === 0 && c === 0) ||
    (a === 198 && (b === 18 || b === 19))
  );
}

/**
 * Loopback, unspecified, unique-local, multicast and mapped special IPv4. Link-local `fe80::/10`
 * is masked (its interface id is often derived from the device's MAC address), and so is the
 * documentation prefix `2001:db8::/32` (sample values are masked, §24).
 */
export function specialV6(address: string): boolean {
  const lower = address.toLowerCase();
  if (lower === '::' || lower === '::1') return true;
  const mapped = /^::ffff:(\d+)\.(\d+)\.(\d+)\.(\d+)$/.exec(lower);
  if (mapped) return specialV4([Number(mapped[1]), Number(mapped[2]), Number(mapped[3]), Number(mapped[4])]);
  const first = lower.startsWith('::') ? 0 : parseInt(lower.slice(0, lower.indexOf(':')), 16);
  return (first & 0xfe00) === 0xfc00 || (first & 0xff00) === 0xff00;
}

function isWord(c: number): boolean {
  return (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c === 95;
}

function isHex(c: number): boolean {
  return (c >= 48 && c <= 57) || (c >= 65 && c <= 70) || (c >= 97 && c <= 102);
}
