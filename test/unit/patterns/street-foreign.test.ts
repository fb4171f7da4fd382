import { fc } from '@fast-check/vitest';
import { describe, expect, it } from 'vitest';
import { createRedactor } from '../../../src/index.js';
import { streetForeign, streetNumbered } from '../../../patterns/street-address.js';
import { postcodeBlock } from '../../../patterns/zip-code.js';
import { detectorSuite, digits, mb } from './detector-suite.js';

const stem = fc.constantFrom('Vester', 'Hansine', 'Pacher', 'Lind', 'Kirke', 'Berg', 'Mühlen', 'Kossuth');
const ending = fc.constantFrom('vej', 'gata', 'gasse', 'straße', 'weg', 'utca', 'katu');
const houseNumber = fc.integer({ min: 1, max: 9999 }).map(String);

detectorSuite('streetForeign', {
  detectors: [streetForeign],
  masks: [
    ['The bus station is on Vesterskovvej 79', 'Vesterskovvej 79'],
    ['Sandra lives on Hansinegata 120 street.', 'Hansinegata 120'],
    ['the corner of Pachergasse 64 and Radolič Harbor', 'Pachergasse 64'],
    ['31401 ul. Słowicza 10 Apt. 360', 'Słowicza 10'],
    ['Billing: Via Franscini 71, Tujetsch', 'Franscini 71'],
    ['lives at Rua do Arenque 1634', 'Arenque 1634'],
    ['The restaurant is at 9816 214 Pavlou Drandaki', 'Pavlou Drandaki'],
  ],
  keeps: ['Spring 2024 release', 'sent via Email 2 times', 'Processed 25 records', '3 way handshake', 'HTTP 200 OK', 'listening on port 8080', 'CPT 99214', 'Docstring 2 lines', 'pid=4242 PID 4242'],
  valid: fc.tuple(stem, ending, houseNumber).map(([s, e, n]) => ({ text: `lives on ${s}${e} ${n}`, secret: `${s}${e} ${n}` })),
  adversarial: [mb('Vesterskovvej '), mb('ul. Ab '), mb('12 34 Ab '), mb('Ab Cd Ef Gh ')],
});

detectorSuite('postcodeBlock', {
  detectors: [postcodeBlock],
  masks: [
    ['message: Marisa Bisliev\n\n583 Magrethevej 298\n Apt. 123\n Qasigiannguit\n Greenlander 07609', '07609'],
    ['>3378 217 Lovers Lane\n>Suite 680\n>Port Whangarei\n>New Zealand 15896', '15896'],
    ['"Billing address: Sophie Lang\\n    3482 Via Franscini 71 Suite 838\\n   Tujetsch\\n    nan\\n    7188"', '7188'],
    ['31401 ul. Słowicza 10 Apt. 360\n   Wrocław\n    53-320', '53-320'],
  ],
  keeps: [
    'Processed 25 records\nretrying\nport 8080',
    'job 42 done\nstatus\n 20000',
    '583 Magrethevej 298\n Apt. 123\n Greenlander 07609 more text here',
    'GET /api 200\nlatency 35 ms\nCPT 99214',
    '3 way handshake\nok\nSYN 1234',
  ],
  valid: fc.tuple(houseNumber, stem, ending, houseNumber, digits(5)).map(([a, s, e, b, zip]) => ({ text: `\n${a} ${s}${e} ${b}\n Apt. 4\n Town\n Country ${zip}\n`, secret: zip })),
  adversarial: [mb('1 Ab ' + 'x'.repeat(110) + '\n Ab 12345\n'), mb('12 Abc 3\n'), mb('12 Abc 3\n Ab 12345 x'), mb('1 A 1\\n'), mb('\n 1234')],
});

describe('international address blocks, all detectors', () => {
  const all = createRedactor({ onFailure: () => {} });
  it('masks the street, the unit and the postcode of a pasted block', () => {
    const out = all.redactString('inbound: 0104 Hafnarstraeti 5\n Suite 179\n Akureyri\n Iceland 80296');
    for (const part of ['Hafnarstraeti 5', 'Suite 179', '80296']) expect(out).not.toContain(part);
    expect(out).toContain('inbound: ');
  });

  it('keeps a streetNumbered acronym near miss', () => {
    const alone = createRedactor({ onFailure: () => {}, detectors: [streetNumbered] });
    expect(alone.redactString('4242 PID 4242')).toBe('4242 PID 4242');
    expect(alone.redactString('4923 Parmova 109')).not.toContain('Parmova');
  });
});
