import { fc } from '@fast-check/vitest';
import { dea } from '../../../patterns/dea.js';
import { npi } from '../../../patterns/npi.js';
import { detectorSuite, digits, mb, withLuhn } from './detector-suite.js';

/** An NPI body with its check digit (Luhn over `80840` + body). */
function npiOf(body: string): string {
  return body + withLuhn('80840' + body).slice(-1);
}

detectorSuite('npi and dea', {
  detectors: [npi, dea],
  masks: [
    ['1234567893', '1234567893'],
    ['1234-567-893', '1234-567-893'],
    ['Provider identifier 1245319599', '1245319599'],
    ['NPI: 1993999998', '1993999998'],
    ['K92993548', 'K92993548'],
    ['AB1234563', 'AB1234563'],
    ['MJ1234563', 'MJ1234563'],
    ['DEA F91234563-001AB', 'F91234563'],
  ],
  keeps: ['0234567893', '123456789', '1234567890', '1234567892', 'ts=1709460930', '"exp":1709464530', 'AB1234560', 'AB123456'],
  valid: fc.oneof(
    fc.tuple(fc.constantFrom('1', '2'), digits(8)).map(([a, b]) => {
      const value = npiOf(a + b);
      return { text: `NPI ${value}`, secret: value };
    }),
    fc.tuple(fc.constantFrom('A', 'B', 'F', 'M'), fc.constantFrom('J', 'P', '9'), digits(6)).map(([t, s, d]) => {
      const n = (i: number): number => Number(d[i]);
      const check = (n(0) + n(2) + n(4) + 2 * (n(1) + n(3) + n(5))) % 10;
      const value = `${t}${s}${d}${check}`;
      return { text: value, secret: value };
    }),
  ),
  adversarial: [mb('1'), mb('1234-'), mb('AB1234563A'), mb('A9')],
});
