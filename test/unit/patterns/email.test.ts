import { fc } from '@fast-check/vitest';
import { email, emailEncoded } from '../../../patterns/email.js';
import { detectorSuite, mb } from './detector-suite.js';

const label = fc.stringMatching(/^[a-z][a-z0-9]{0,10}$/);

detectorSuite('email', {
  detectors: [email, emailEncoded],
  masks: [
    ['mail josé.pérez@correo.españa.es now', 'josé.pérez@correo.españa.es'],
    ['mail josé.pérez@correo.españa.es now', 'pérez'],
    ['no chart for jane.roe@example.com (MRN)', 'jane.roe@example.com'],
    ['mailto:amy.shaw@example.org', 'amy.shaw@example.org'],
    ['email=freddie.will%40email.com&dob=1', 'freddie.will%40email.com'],
    ['user+tag@sub.domain.co.uk', 'user+tag@sub.domain.co.uk'],
    ['info@presidio.site', 'info@presidio.site'],
    ['user@xn--80ak6aa92e.com', 'user@xn--80ak6aa92e.com'],
    ['principal jdoe@CORP.EXAMPLE.COM', 'jdoe@CORP.EXAMPLE.COM'],
    ['Contact at user@example.com for more info.', 'user@example.com'],
  ],
  keeps: [
    'lodash@4.17.21',
    'npm i @types/node@20.11.5',
    'git@github.com:org/repo.git',
    'image@sha256:9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08',
    'intake-api@3.8.2 started',
    'this is not an email: hello-world here',
    '@timestamp',
  ],
  valid: fc.tuple(label, label, fc.constantFrom('com', 'org', 'health', 'io')).map(([user, host, tld]) => {
    const address = `${user}@${host}.${tld}`;
    return { text: address, secret: address };
  }),
  adversarial: [mb('@'), mb('a@'), mb('a.b@c.'), mb('%40a.'), mb('x'.repeat(63) + '@')],
});
