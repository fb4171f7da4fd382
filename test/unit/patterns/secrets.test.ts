import { fc } from '@fast-check/vitest';
import { describe, expect, it } from 'vitest';
import { jwt } from '../../../patterns/jwt.js';
import { labelledSecret } from '../../../patterns/labelled-secret.js';
import { urlCredentials } from '../../../patterns/url-credentials.js';
import { createRedactor } from '../../../src/index.js';
import { detectorSuite, mb } from './detector-suite.js';

const token =
  'eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJzdWIiOiIxMjM0NTY3ODkwIiwibmFtZSI6IkpvaG4gRG9lIiwiaWF0IjoxNTE2MjM5MDIyfQ.SflKxwRJSMeKKF2QT4fwpMeJf36POk6yJV_adQssw5c';
const word = fc.stringMatching(/^[A-Za-z0-9_]{4,20}$/);

detectorSuite('jwt, urlCredentials and labelledSecret', {
  detectors: [jwt, urlCredentials, labelledSecret],
  masks: [
    [`Token: ${token}`, token],
    ['pg://matt:pass@localhost/1', 'pass'],
    ['redis://:s3cretT0ken@cache:6379/0', 's3cretT0ken'],
    ['here is my username: foobar and my password: baz123', 'baz123'],
    ['GET /login?user=a&password=hunter22&x=1', 'hunter22'],
    ['api_key=sk_live_abc123', 'sk_live_abc123'],
  ],
  keeps: ["User's password is 12345", 'password reset requested', 'https://example.org/path?q=1', 'user@example.org', 'eyJhbGciOiJIUzI1NiJ9 alone'],
  valid: word.map((secret) => ({ text: `https://svc:${secret}@db.internal/x`, secret })),
  adversarial: [mb('eyJ'), mb('eyJa.eyJb.'), mb('a://b:'), mb('password:'), mb('://:@')],
});

describe('secret key names', () => {
  const redactor = createRedactor({ onFailure: () => {} });
  it.each([
    ['password', 'hello'],
    ['api_key', 'secret_key'],
    ['two-factor', 'otp_code'],
    ['authorization', 'foobar'],
    ['api-key', 'secret-value'],
    ['secret-token-here', 'ops'],
    ['secretKey', 'x1'],
    ['dbPassword', 'pw-123'],
  ])('masks the value under %s', (key, value) => {
    expect(JSON.stringify(redactor.redact({ [key]: value }))).not.toContain(value);
  });

  it.each(['is_authenticated', 'github_token', 'password_required', 'tokenCount'])('keeps the value under %s', (key) => {
    expect(redactor.redact({ [key]: 'kept-value' })).toEqual({ [key]: 'kept-value' });
  });
});
