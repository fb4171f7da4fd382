import { fc } from '@fast-check/vitest';
import { abaRouting } from '../../../patterns/aba-routing.js';
import { iban } from '../../../patterns/iban.js';
import { detectorSuite, digits, mb } from './detector-suite.js';

/** A German IBAN for an 18-digit BBAN, with its mod-97 check digits. */
function germanIban(bban: string): string {
  const n = BigInt(bban + '131400'); // D=13, E=14, check 00
  const check = String(98n - (n % 97n)).padStart(2, '0');
  return `DE${check}${bban}`;
}

detectorSuite('abaRouting and iban', {
  detectors: [abaRouting, iban],
  masks: [
    ['routing number: 121042882', '121042882'],
    ['ABA 111000025 acct', '111000025'],
    ['RTN=021000021', '021000021'],
    ['some iban: DE89370400440532013000!', 'DE89370400440532013000'],
    ['IBAN DE89 3704 0044 0532 0130 00', '3704 0044 0532 0130'],
    ['GB02RVXB01271286793653', 'GB02RVXB01271286793653'],
  ],
  keeps: [
    '121042882',
    'routing 123456789',
    '1234-0000-0',
    'AL47 212A 1009 0000 0002 3569 8741',
    'BE71 0961 2345 6760',
    'some iban: NO938601111794!',
    'some iban: N19386011117945!',
    'AKIAIOSFODNN7EXAMPLE',
  ],
  valid: digits(18).map((bban) => {
    const value = germanIban(bban);
    return { text: value, secret: value };
  }),
  adversarial: [mb('DE89'), mb('DE89 3704 '), mb('routing 1'), mb('A1')],
});
