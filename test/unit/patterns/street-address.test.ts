import { fc, test } from '@fast-check/vitest';
import { describe, expect, it } from 'vitest';
import { createRedactor } from '../../../src/index.js';

const redactor = createRedactor({ onFailure: () => {} });
const red = (s: string): string => redactor.redactString(s);

describe('streetAddress', () => {
  it.each([
    ['lives at 123 Park Ave Apt 123 now', '123 Park Ave Apt 123'],
    ['586 Hilll Ranch Unit 68', '586 Hilll Ranch Unit 68'],
    ['1600 N Pennsylvania Ave NW', 'Pennsylvania'],
    ['ship 34 W 5th St # 7', '5th St'],
    ['1200 MAIN STREET', 'MAIN STREET'],
    ['P.O. Box 149', 'Box 149'],
    ['RR 2 Box 152', 'RR 2 Box 152'],
    ['PSC 1234, Box 12345, APO AE 09012', 'Box 12345'],
    ['Patient_street=2524 Simonis Falls', '2524 Simonis Falls'],
    ['address: 594 Hegedûs Gyula utca 76', 'Hegedûs'],
    ['message: 4923 Parmova 109', '4923 Parmova 109'],
    ['31195 Piazza Rezzonico 35', 'Rezzonico'],
  ])('masks %s', (input, secret) => {
    const out = red(input);
    expect(out).not.toContain(secret);
    expect(out).toContain('[REDACTED:ADDRESS]');
  });

  it('masks the city and ZIP after a street and keeps the state', () => {
    expect(red('"34262 Bartoletti Wells, East Hilton, PA 43093"')).toBe('"[REDACTED:ADDRESS], [REDACTED:CITY], PA [REDACTED:ZIP]"');
    expect(red('586 Hilll Ranch Unit 68^^Fall River^MA^02720^US')).toBe('[REDACTED:ADDRESS]^^[REDACTED:CITY]^MA^[REDACTED:ZIP]^US');
  });

  it('masks a unit standing alone', () => {
    expect(red('Apt. 902')).toBe('[REDACTED:ADDRESS]');
  });

  it('masks labelled cities', () => {
    expect(red('Patient_city=Rollandside')).toBe('Patient_city=[REDACTED:CITY]');
  });

  it.each(['retry 3 way handshake', 'Processed 25 records', 'down the street and up the boulevard', 'took 12 ms on Main', 'HTTP/1.1 200 OK', 'v2 Drive sync', 'Processed 25 records in 300 ms', 'Step 1 of 3'])(
    'leaves %s alone',
    (input) => {
      expect(red(input)).toBe(input);
    },
  );

  test.prop([fc.integer({ min: 1, max: 99999 }), fc.stringMatching(/^[A-Z][a-z]{2,10}$/), fc.constantFrom('St', 'Street', 'Ave', 'Road', 'Blvd', 'Lane', 'Court', 'Drive')])(
    'masks number + Titlecase name + suffix',
    (n, name, suffix) => {
      const out = red(`moved to ${n} ${name} ${suffix} yesterday`);
      expect(out).toBe('moved to [REDACTED:ADDRESS] yesterday');
    },
  );

  it('finishes on 1 MB of digits and suffixes quickly', () => {
    const big = '1 Aa Bb Cc Dd Ee '.repeat(60_000).slice(0, 1_000_000);
    const t0 = performance.now();
    createRedactor({ maxStringLength: 2_000_000, maxTotalLength: 4_000_000 }).redactString(big);
    expect(performance.now() - t0).toBeLessThan(5000);
  });
});
