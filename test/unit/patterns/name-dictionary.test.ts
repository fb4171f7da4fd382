import { fc } from '@fast-check/vitest';
import { describe, expect, it } from 'vitest';
import { createRedactor } from '../../../src/index.js';
import { personNameDictionary, personNameLone, nameRanges } from '../../../patterns/name-dictionary.js';
import { givenNames, surnames } from '../../../patterns/name-data.js';
import { isGivenName, isKnownName } from '../../../patterns/name-lexicon.js';
import { detectorSuite, mb } from './detector-suite.js';

const title = (w: string): string => w.charAt(0).toUpperCase() + w.slice(1);
const words = (chunks: readonly string[], keep: (w: string) => boolean): string[] =>
  chunks
    .join(' ')
    .split(' ')
    .filter((w) => /^\p{Ll}{3,}$/u.test(w) && keep(w))
    .map(title);
const given = words(givenNames, isGivenName);
const family = words(surnames, isKnownName);
const templates = [
  (n: string) => `${n} went to the pharmacy`,
  (n: string) => `voicemail: ${n} called about the refill`,
  (n: string) => `Billing address: ${n}`,
  (n: string) => `>${n}\n>221 Main Street`,
  (n: string) => `we need to add ${n} as guardian`,
  (n: string) => `The ${n} version was recorded in 1975`,
  (n: string) => `${n} will be talking in the conference`,
];

detectorSuite('personNameDictionary / personNameLone', {
  detectors: [personNameDictionary, personNameLone],
  masks: [
    ['Result 2345-7 (Glucose) = 99 mg/dL for Ostrowski, Helena collected 1/2/2020', 'Helena'],
    ['Result 2345-7 (Glucose) = 99 mg/dL for Ostrowski, Helena collected 1/2/2020', 'Ostrowski'],
    ['The Henrik Dahlberg version became the first recording', 'Dahlberg'],
    ['Billing address: Oliver Brandt\n 12 Elm Road', 'Oliver'],
    ['>Greta W. Lindqvist\n>Apt. 902', 'Lindqvist'],
    ['we need to add Tomasz P Nowicki as guardian', 'Nowicki'],
    ["Walter Pemberton's lawyers appealed", 'Pemberton'],
    ['Dragan Petrović from Acme is the keynote speaker', 'Petrović'],
    ['body: Hafdís Sigurðardóttir', 'Sigurðardóttir'],
    ['the true gender of Margaret has been debated', 'Margaret'],
    ['Irene: see you tomorrow', 'Irene'],
    ['Remember me, Victor?', 'Victor'],
    ['then Gretchen said hello', 'Gretchen'],
    ["unlike Kowalczyk's earlier song", 'Kowalczyk'],
    ['contact Rose T. Young', 'Young'],
  ],
  keeps: [
    'retry 3 way handshake',
    'Processed 25 records',
    'May 5 retries',
    'may 5',
    'FHIR Patient created',
    'GET /api/v1/x 200',
    'ValidationError: bad input',
    'Encounter for check up (procedure)',
    'Body Mass Index',
    'Body Height',
    'Acme Health Plan',
    'Not Found',
    'Internal Server Error',
    'Glucose [Mass/volume] in Blood by Test strip manual',
    'Hemoglobin A1c/Hemoglobin.total in Blood',
    'Will Retry Later',
    'Grant Access',
    'Page Not Found',
    'Mark Complete',
    'Bill Payment Service',
    'Golden Brown',
    'deployed to Jenkins',
    'consumer connected to Kafka',
    'Julia runtime started',
    'NullPointerException at PatientService.update',
    'Sentry Event Processor',
    'New York City',
    'Monday Morning Report',
    'FhirClientError: Observation not found',
    'Oxbow High School',
  ],
  valid: fc
    .tuple(fc.constantFrom(...given), fc.constantFrom(...family), fc.constantFrom(...templates))
    .map(([g, f, t]) => ({ text: t(`${g} ${f}`), secret: f })),
  // Titlecase word storms make a candidate of every word; they get their own, wider bound below.
  adversarial: [mb('Mr. Mr. Mr. '), mb('Šušulić, '), mb('the Kristin ')],
});

describe('Titlecase word storms', () => {
  it.each(['Sandra ', 'Aa Bb ', 'Xy Z. ', 'Sandra Smith, '])('finish 1 MB of %j in bounded time with every detector', (unit) => {
    const big = createRedactor({ onFailure: () => {}, maxStringLength: 2_000_000, maxTotalLength: 4_000_000 });
    const input = mb(unit);
    const started = performance.now();
    const out = big.redactString(input);
    expect(out.length).toBeGreaterThan(0);
    expect(performance.now() - started).toBeLessThan(6000);
  });
});

describe('nameRanges', () => {
  it('masks only the name segment of a run', () => {
    const redactor = createRedactor({ onFailure: () => {}, detectors: [personNameDictionary] });
    expect(redactor.redactString('The Henrik Dahlberg Version')).toBe('The [REDACTED:NAME] Version');
  });

  it('finds no name in runs of stop words and unknown words', () => {
    expect(nameRanges('Otc Markets')).toEqual([]);
    expect(nameRanges('Body Mass Index')).toEqual([]);
  });

  it('never lets the given name through either', () => {
    fc.assert(
      fc.property(fc.constantFrom(...given), fc.constantFrom(...family), (g, f) => {
        const out = createRedactor({ onFailure: () => {} }).redactString(`note: ${g} ${f} was seen today`);
        expect(out).not.toMatch(new RegExp(`\\b${g}\\b`, 'u'));
      }),
      { numRuns: 100 },
    );
  });
});
