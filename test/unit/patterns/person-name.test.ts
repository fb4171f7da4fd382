import { fc, test } from '@fast-check/vitest';
import { describe, expect, it } from 'vitest';
import { createRedactor } from '../../../src/index.js';
import { isStopWord } from '../../../patterns/name-words.js';

const redactor = createRedactor({ onFailure: () => {} });
const red = (s: string): string => redactor.redactString(s);

describe('personName', () => {
  it.each([
    ['Patient: Jane Roe admitted', 'Jane Roe'],
    ['pt Jane Roe reports pain', 'Jane Roe'],
    ['Dear Mr. Smith,', 'Smith'],
    ['Attn: Yi Chen', 'Yi Chen'],
    ['Guarantor: Rose Young', 'Rose Young'],
    ['Emergency contact: Will Grant', 'Will Grant'],
    ['note signed by Dr. Gregory House', 'Gregory House'],
    ['name=Little, birthDate=x', 'Little'],
    ['Name:    Anđa Tomić', 'Anđa Tomić'],
    ['Patient Agustín Fonseca', 'Agustín Fonseca'],
    ['Krisztián Szöllösy born 1950', 'Krisztián Szöllösy'],
    ["Patient: Mary O'Connell", "O'Connell"],
    ["WHERE last_name = 'O''Connell'", "O''Connell"],
    ['Patient: Anne-Marie Smith-Jones', 'Anne-Marie Smith-Jones'],
    ['My name is Eliane', 'Eliane'],
    ["What's your last name? Arcuri", 'Arcuri'],
    ['MRN 123 (JACOBSON, SILVA) DOB 1980-01-01', 'JACOBSON'],
    ['candidate="Barton, Rosio" score=0.8', 'Rosio'],
    ["lower(last_name) = lower('Schmeler') AND first_name ILIKE 'Geneva%'", 'Geneva'],
    ['No active member for Florrie Nader born 1980', 'Florrie Nader'],
    ['PID|1||123||DOE^JOHN^Q^JR^DR||19800101', 'DOE'],
    ['Mrs. Selma Veitonen?', 'Veitonen'],
  ])('masks the name in %s', (input, name) => {
    const out = red(input);
    expect(out).not.toContain(name);
    expect(out).toContain('[REDACTED:NAME]');
  });

  it('keeps XPN suffix, prefix and the honorific', () => {
    expect(red('Fonseca^Agustín^^^Mr.')).toBe('[REDACTED:NAME]^[REDACTED:NAME]^^^Mr.');
    expect(red('Dear Mr. Smith')).toContain('Mr.');
  });

  it.each([
    'MSH|^~\\&|SENDAPP|FAC',
    '555-175-3568^PRN^PH',
    '^NET^Internet^jane',
    'ASKU^Asked, but unknown^NULLFL',
    'Any lab USA&09D9363337&CLIA^PI^Any lab',
    'FHIR Patient created',
    'Patient Portal unavailable',
    'Name: Unknown',
    'ValueError: invalid literal for int()',
    'SELECT id FROM patients WHERE mrn = $1',
    'GET /api/Patient/_search',
    'Observation Glucose [Mass/volume] in Blood',
  ])('leaves %s alone', (input) => {
    expect(red(input)).not.toContain('[REDACTED:NAME]');
  });

  test.prop([fc.stringMatching(/^[A-Z][a-z]{1,10}$/).filter((w) => !isStopWord(w)), fc.stringMatching(/^[A-Z][a-z]{1,12}$/).filter((w) => !isStopWord(w))])(
    'masks any Titlecase name (stop words aside) after Patient:',
    (first, last) => {
      const out = red(`Patient: ${first} ${last} admitted`);
      expect(out).toBe('Patient: [REDACTED:NAME] admitted');
    },
  );

  it('ends a cued name before a trailing stop word (name=Tanaka HTTP/1.1, Patient: Aa Mr)', () => {
    expect(red('verify patient Grace Whitfield SSN on file')).toBe('verify patient [REDACTED:NAME] SSN on file');
    expect(red('Patient: Aa Mr admitted')).toBe('Patient: [REDACTED:NAME] Mr admitted');
  });

  it('finishes on 1 MB of adversarial text quickly', () => {
    const big = ('Patient: ' + 'Aa '.repeat(50) + 'Mr. ' + 'B^'.repeat(50)).repeat(2500).slice(0, 1_000_000);
    const t0 = performance.now();
    createRedactor({ maxStringLength: 2_000_000, maxTotalLength: 4_000_000 }).redactString(big);
    expect(performance.now() - t0).toBeLessThan(5000);
  });
});
