import { defineDetector } from '../src/detector.js';

/**
 * The password in a URL's userinfo (`pg://matt:pass@localhost/1`,
 * `https://user:s3cret@host/path`, `redis://:token@cache:6379`). Only the password is masked
 * (as a `secret`); scheme, user and host stay for debugging. The user name itself is left to the
 * URL and e-mail detectors. Misses: passwords containing `@` or `/` unescaped.
 */
export const urlCredentials = defineDetector({
  id: 'url-credentials',
  kind: 'secret',
  source: String.raw`(?i)\b[a-z][a-z0-9+.-]{0,20}://[^\s:/@?#]{0,128}:([^\s/@?#]{1,256})@`,
  group: 1,
  needs: ['colon', 'at'],
});
