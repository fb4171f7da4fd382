import { createHmac, createSecretKey, type KeyObject } from 'node:crypto';
import { RedactionConfigError } from './errors.js';

/**
 * What replaces a PHI value. The default is a tag naming the kind (`[REDACTED:SSN]`); a
 * deployment can choose per kind. Strategies are resolved once at construction into one
 * function, so masking is a table lookup and a call. Every strategy's output is built so that
 * no detector matches it again (redacting twice equals redacting once).
 */

/**
 * How a value of one kind is replaced:
 * - `'tag'`: `[REDACTED:KIND]`.
 * - `'partial'`: digits kept only in the last four of a value with 7 or more digits
 *   (`***-**-6789`, `(***) ***-4567`); other values get the tag.
 * - `'remove'`: a field holding the kind is dropped by the walker; inside text, the tag.
 * - `'hash'`: keyed pseudonym `[SSN:k1:3f9a0c...]`, HMAC-SHA256 with `hmacKey`; the same value
 *   gives the same pseudonym under the same key. Never an unkeyed hash.
 * - `'generalize'`: Safe Harbor: dates to the year (a year implying age 90 or more becomes the
 *   tag), ages over 89 to `90+`, ZIPs to the first three digits (`000**` for restricted areas);
 *   other kinds get the tag.
 * - a function of the value and kind (its result must not contain PHI).
 */
export type Strategy = 'tag' | 'partial' | 'remove' | 'hash' | 'generalize' | ((value: string, kind: string) => string);

/** A secret for keyed pseudonyms; `id` is printed in the output so keys can be rotated. */
export interface HmacKey {
  /** Short name printed in pseudonyms (`k1`): letters, digits, `_`, `-`, at most 32. */
  readonly id: string;
  /** At least 16 bytes. Never printed, reported or kept in a readable property. */
  readonly secret: string | Uint8Array;
}

/** Options that decide replacements. */
export interface MaskOptions {
  /**
   * Replacement text, or a function of the kind. Must not contain anything a detector matches.
   * @defaultValue `kind => '[REDACTED:' + kind.toUpperCase() + ']'`
   */
  readonly replacement?: string | ((kind: string) => string);
  /** Per-kind strategy (`{ date: 'generalize', phone: 'partial' }`). @defaultValue `'tag'` for every kind */
  readonly strategies?: Readonly<Record<string, Strategy>>;
  /** Key for the `'hash'` strategy; required when any strategy is `'hash'`. */
  readonly hmacKey?: HmacKey;
  /**
   * Three-digit ZIP prefixes with 20,000 people or fewer, generalized to `000`.
   * @defaultValue the 17 HHS prefixes (2000 Census) plus `205` and `369` (2010 Census)
   */
  readonly restrictedZipPrefixes?: readonly string[];
}

/** Replaces one value of `kind`. */
export type MaskFn = (kind: string, value: string) => string;

/** A resolved mask: the text mask plus what the walker needs for field-level strategies. */
export interface Masker {
  /** Masks a value found in text or a tagged field, by the kind's strategy. */
  readonly mask: MaskFn;
  /** The named strategy for a kind (`'custom'` for a function). */
  strategyOf(kind: string): 'tag' | 'partial' | 'remove' | 'hash' | 'generalize' | 'custom';
  /** Masks with an explicit strategy (a field rule's), `'remove'` giving the tag. */
  maskAs(strategy: Strategy, kind: string, value: string): string;
}

/** HHS restricted three-digit ZIP areas (§18.1): the 17 of 2000 plus 205 and 369 of 2010. */
export const restrictedZipPrefixes: readonly string[] = Object.freeze([
  '036', '059', '063', '102', '203', '205', '369', '556', '692', '790', '821', '823', '830', '831', '878', '879', '884', '890', '893',
]);

const named = new Set(['tag', 'partial', 'remove', 'hash', 'generalize']);

/** The default tag for a kind. */
export function defaultTag(kind: string): string {
  return `[REDACTED:${kind.toUpperCase()}]`;
}

/** Resolves mask options into one function. */
export function createMask(options: MaskOptions): MaskFn {
  return createMasker(options).mask;
}

/** Resolves mask options into a `Masker`; bad options throw `RedactionConfigError`. */
export function createMasker(options: MaskOptions): Masker {
  const { replacement, strategies = {} } = options;
  const tag = resolveTag(replacement);
  const zips = new Set(checkZips(options.restrictedZipPrefixes ?? restrictedZipPrefixes));
  const table = new Map<string, Strategy>();
  for (const [kind, strategy] of Object.entries(strategies)) {
    if (typeof strategy !== 'function' && !named.has(strategy)) {
      throw new RedactionConfigError(`strategies.${kind}: expected 'tag', 'partial', 'remove', 'hash', 'generalize' or a function`);
    }
    if (strategy !== 'tag') table.set(kind, strategy);
  }
  const usesHash = [...table.values()].includes('hash');
  const hmac = options.hmacKey === undefined ? null : resolveKey(options.hmacKey);
  if (usesHash && hmac === null) throw new RedactionConfigError("strategies: 'hash' needs hmacKey { id, secret }");

  const maskAs = (strategy: Strategy, kind: string, value: string): string => {
    if (typeof strategy === 'function') return String(strategy(value, kind));
    switch (strategy) {
      case 'partial':
        return partial(value) ?? tag(kind);
      case 'hash':
        if (hmac === null) return tag(kind);
        return pseudonym(hmac, kind, value);
      case 'generalize':
        return generalize(kind, value, zips) ?? tag(kind);
      default:
        return tag(kind);
    }
  };
  const mask: MaskFn =
    table.size === 0
      ? (kind) => tag(kind)
      : (kind, value) => {
          const s = table.get(kind);
          return s === undefined ? tag(kind) : maskAs(s, kind, value);
        };
  return Object.freeze({
    mask,
    maskAs,
    strategyOf: (kind: string) => {
      const s = table.get(kind) ?? 'tag';
      return typeof s === 'function' ? 'custom' : s;
    },
  });
}

function resolveTag(replacement: MaskOptions['replacement']): (kind: string) => string {
  if (replacement === undefined) {
    const tags = new Map<string, string>();
    return (kind) => {
      let t = tags.get(kind);
      if (t === undefined) tags.set(kind, (t = defaultTag(kind)));
      return t;
    };
  }
  if (typeof replacement === 'string') return () => replacement;
  if (typeof replacement === 'function') return (kind) => String(replacement(kind));
  throw new RedactionConfigError('replacement must be a string or a function of the kind');
}

interface ResolvedKey {
  readonly id: string;
  readonly key: KeyObject;
}

function resolveKey(hmacKey: HmacKey): ResolvedKey {
  if (typeof hmacKey !== 'object' || hmacKey === null) throw new RedactionConfigError('hmacKey must be { id, secret }');
  const { id, secret } = hmacKey;
  if (typeof id !== 'string' || !/^[A-Za-z0-9_-]{1,32}$/.test(id)) {
    throw new RedactionConfigError('hmacKey.id must be 1-32 letters, digits, _ or -');
  }
  const bytes = typeof secret === 'string' ? Buffer.from(secret, 'utf8') : secret instanceof Uint8Array ? Buffer.from(secret) : null;
  // The message never quotes the secret, not even its length.
  if (bytes === null || bytes.length < 16) throw new RedactionConfigError('hmacKey.secret must be a string or bytes of at least 16 bytes');
  return { id, key: createSecretKey(bytes) };
}

function checkZips(prefixes: readonly string[]): readonly string[] {
  if (!Array.isArray(prefixes) || !prefixes.every((p) => typeof p === 'string' && /^\d{3}$/.test(p))) {
    throw new RedactionConfigError('restrictedZipPrefixes must be three-digit strings');
  }
  return prefixes;
}

/** Last four digits kept, every other digit a `*`; null when fewer than 7 digits. */
function partial(value: string): string | null {
  let digits = 0;
  for (let i = 0; i < value.length; i++) if (value.charCodeAt(i) >= 48 && value.charCodeAt(i) <= 57) digits++;
  if (digits < 7) return null;
  let seen = 0;
  let out = '';
  for (let i = 0; i < value.length; i++) {
    const c = value.charCodeAt(i);
    if (c >= 48 && c <= 57) out += ++seen > digits - 4 ? value[i] : '*';
    else if ((c >= 65 && c <= 90) || (c >= 97 && c <= 122)) out += '*';
    else out += value[i];
  }
  return out;
}

/** `[SSN:k1:3f9a0c1e8b7d6a5f]`: 16 hex digits of HMAC-SHA256 over the kind and normalized value. */
function pseudonym(hmac: ResolvedKey, kind: string, value: string): string {
  const hex = createHmac('sha256', hmac.key).update(`${kind}\u0000${normalize(value)}`).digest('hex');
  // A window with a letter, so the pseudonym can never read as a card or phone number.
  let at = 0;
  while (at + 16 < hex.length && !/[a-f]/.test(hex.slice(at, at + 16))) at++;
  return `[${kind.toUpperCase()}:${hmac.id}:${hex.slice(at, at + 16)}]`;
}

/** Case, spaces and punctuation do not change who a value names. */
function normalize(value: string): string {
  return value.normalize('NFKC').toLowerCase().replace(/[\s\-.()/]/g, '');
}

function generalize(kind: string, value: string, zips: ReadonlySet<string>): string | null {
  if (kind === 'date') {
    const year = /(?:^|\D)((?:18|19|20)\d{2})(?:\D|$)/.exec(value);
    if (year === null) return null;
    const y = Number(year[1]);
    return new Date().getUTCFullYear() - y >= 90 ? null : String(y);
  }
  if (kind === 'age') {
    const n = /\d{1,3}/.exec(value);
    if (n === null) return null;
    return Number(n[0]) > 89 ? '90+' : n[0];
  }
  if (kind === 'zip') {
    const z = /\d{3}/.exec(value);
    if (z === null) return null;
    return zips.has(z[0]) ? '000**' : `${z[0]}**`;
  }
  return null;
}
