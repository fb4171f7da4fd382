import { defineDetector } from '../src/detector.js';

/** Letters of internationalised addresses (`josé.pérez@correo.españa.es`): Latin-1 and Latin Extended-A/B. */
const intl = String.raw`\x{00C0}-\x{00D6}\x{00D8}-\x{00F6}\x{00F8}-\x{024F}`;
const local = String.raw`[A-Za-z0-9${intl}._%+-]{1,64}`;
const domain = String.raw`(?:[A-Za-z0-9${intl}](?:[A-Za-z0-9${intl}-]{0,61}[A-Za-z0-9${intl}])?\.)+(?:[A-Za-z]{2,63}|xn--[A-Za-z0-9-]{1,59})\b`;

/**
 * E-mail addresses (PHI-IDENTIFIERS §12): the common RFC 5322 subset, local part of letters,
 * digits and `._%+-`, a dotted domain and an alphabetic (or `xn--` punycode) top-level label;
 * `mailto:` links and Kerberos principals (`jdoe@CORP.EXAMPLE.COM`) included. Addresses at
 * reserved test domains (`example.com`) are masked too (fail closed).
 * Left alone: npm specifiers (`lodash@4.17.21`, `@types/node@20.11.5`: numeric top-level label),
 * container digests (`image@sha256:...`: no dot), SCP-style git remotes
 * (`git@github.com:org/repo.git`: followed by `:` and a path).
 * Internationalised addresses with Latin letters (`josé.pérez@correo.españa.es`) are matched whole.
 * Misses: obfuscated forms (`jane [at] example [dot] com`), local parts in other scripts.
 */
export const email = defineDetector({
  id: 'email',
  kind: 'email',
  source: String.raw`${local}@${domain}`,
  needs: ['at', 'letter'],
  confirm: (text, start, end) => !gitRemote(text, end),
});

/**
 * E-mail addresses with a percent-encoded `@` (`amy.shaw%40example.com`), as query strings and
 * access logs carry them. Same rules as `email`.
 */
export const emailEncoded = defineDetector({
  id: 'email-encoded',
  kind: 'email',
  source: String.raw`[A-Za-z0-9._+-][A-Za-z0-9._%+-]{0,63}%40${domain}`,
  needs: ['percent', 'letter'],
  confirm: (text, start, end) => !gitRemote(text, end),
});

/** `git@github.com:org/repo.git`: a host followed by `:` and a path is an SCP-style remote. */
function gitRemote(text: string, end: number): boolean {
  if (text.charCodeAt(end) !== 58 /* : */) return false;
  const next = text.charCodeAt(end + 1);
  return (next >= 65 && next <= 90) || (next >= 97 && next <= 122) || next === 126 || next === 47;
}
