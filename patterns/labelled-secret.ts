import { defineDetector } from '../src/detector.js';

const labels = String.raw`password|passwd|pwd|passphrase|secret|client[_-]?secret|api[_-]?key|apikey|access[_-]?token|auth[_-]?token|refresh[_-]?token|private[_-]?key|otp`;

/**
 * Secrets written as `label: value` or `label=value` in free text and query strings
 * (`password: baz123`, `api_key=abc`, `?access_token=...`). Only the value is masked (kind
 * `secret`). Prose without `:` or `=` is left alone (`User's password is 12345`), as are empty
 * values. Keys of structured data are handled by the key dictionary instead.
 * Known false positives: `password: required` style messages mask the word after the colon.
 * Misses: secrets with no label, values containing spaces or quotes.
 */
export const labelledSecret = defineDetector({
  id: 'labelled-secret',
  kind: 'secret',
  source: String.raw`(?i)\b(?:${labels})["']?[ \t]*[:=][ \t]*["']?([^\s"',;&]{1,256})`,
  group: 1,
  needs: ['letter'],
});
