import { defineDetector } from '../src/detector.js';

/**
 * JSON Web Tokens (`eyJ...` header, `.`, `eyJ...` payload, `.`, signature), whose payload often
 * carries names, e-mails and user ids and which grant access while unexpired. Masked whole as a
 * `secret`. Unsigned tokens (empty signature) included. Misses: JWE (five parts) and tokens whose
 * header does not start with `{"` (always does in practice).
 */
export const jwt = defineDetector({
  id: 'jwt',
  kind: 'secret',
  source: String.raw`\beyJ[A-Za-z0-9_-]{4,}\.eyJ[A-Za-z0-9_-]{4,}\.[A-Za-z0-9_-]*`,
  needs: ['letter'],
});
