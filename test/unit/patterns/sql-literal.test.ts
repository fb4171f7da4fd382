import { fc, test } from '@fast-check/vitest';
import { describe, expect, it } from 'vitest';
import { createRedactor } from '../../../src/index.js';
import { sqlLiteral } from '../../../patterns/sql-literal.js';
import { sqlLiterals } from '../../../patterns/sql-tokens.js';
import { detectorSuite, mb } from './detector-suite.js';

const quiet = { onFailure: () => {} };
const alone = createRedactor({ ...quiet, detectors: [sqlLiteral] });
const all = createRedactor(quiet);

/** A value with no quote or newline, not already a mask. */
const value = fc.stringMatching(/^[A-Za-z0-9 .,%@-]{1,24}$/).filter((v) => v.trim().length > 0);
const column = fc.constantFrom('first_name', 'note', 'mrn', 'x', 'phone', 'city', 'status');

detectorSuite('sqlLiteral', {
  detectors: [sqlLiteral],
  masks: [
    ["SELECT id FROM patients WHERE lower(last_name) = lower('Fonseca') LIMIT 5", 'Fonseca'],
    ["SELECT id FROM patients WHERE first_name ILIKE 'Agustín%'", 'Agustín'],
    ["SELECT id FROM patients WHERE date_of_birth = DATE '1994-02-01'", '1994-02-01'],
    ["INSERT INTO patients (first_name, last_name) VALUES ('Alejandro', 'O''Connell') RETURNING id;", "O''Connell"],
    ["INSERT INTO patients (first_name, mrn) VALUES ('Alejandro', 'zodtqtlje')", 'zodtqtlje'],
    ["UPDATE patient_contacts SET phone = '555-413-6221', updated_at = now() WHERE patient_id = 'abc'", '555-413-6221'],
    ["LOG:  execute <unnamed>: SELECT * FROM patients WHERE mrn = $1\nDETAIL:  parameters: $1 = 'shevltf', $2 = '1963-09-23'", 'shevltf'],
    ["DELETE FROM notes WHERE body = E'it\\'s Mary'", 'Mary'],
    ["UPDATE t SET note = 'never closed Jane Roe", 'Jane Roe'],
  ],
  keeps: [
    'SELECT id, mrn, last_visit_at FROM patients WHERE mrn = $1 LIMIT 5',
    'INSERT INTO patients (first_name) VALUES ($1) RETURNING id',
    "Please select the patient's chart",
    'select "it\'s" from t',
    "the user's session expired",
    "UPDATE t SET note = '[REDACTED:NAME]' WHERE id = ?",
  ],
  valid: fc.tuple(column, value).map(([col, v]) => ({ text: `UPDATE patients SET ${col} = '${v}' WHERE id = $1`, secret: `'${v}'` })),
  adversarial: [mb("select 'a' from "), mb("where '"), mb("values ('a'', "), mb('parameters: $1 = \''), mb('SELECT "x\' FROM ')],
});

describe('sqlLiteral structure', () => {
  it('keeps keywords, identifiers, placeholders and numbers, and names the kind from the column', () => {
    const out = alone.redactString("SELECT id, mrn FROM patients WHERE lower(last_name) = lower('Fonseca') AND date_of_birth = DATE '1994-02-01' LIMIT 5");
    expect(out).toBe("SELECT id, mrn FROM patients WHERE lower(last_name) = lower('[REDACTED:NAME]') AND date_of_birth = DATE '[REDACTED:DATE]' LIMIT 5");
  });

  it('takes INSERT kinds from the column list by position, nested calls included', () => {
    const out = alone.redactString("INSERT INTO p (city, created_at, phone) VALUES ('Westfield', now(), '555-413-6221')");
    expect(out).toBe("INSERT INTO p (city, created_at, phone) VALUES ('[REDACTED:CITY]', now(), '[REDACTED:PHONE]')");
  });

  it('scans the text around the literals with the other detectors', () => {
    const out = all.redactString("SELECT * FROM p WHERE note = 'x' -- mrn: 00482139");
    expect(out).not.toContain('00482139');
    expect(out).toContain('SELECT * FROM p WHERE note = ');
  });

  test.prop([column, value])('is idempotent', (col, v) => {
    const once = all.redactString(`INSERT INTO patients (${col}) VALUES ('${v}') RETURNING id`);
    expect(all.redactString(once)).toBe(once);
  });

  test.prop([fc.string({ maxLength: 80 })])('never throws and never keeps a closed literal on a SQL line', (s) => {
    const input = `WHERE a = '${s.replace(/['\\\n"`]/g, '')}x'`;
    const out = alone.redactString(input);
    expect(out.startsWith("WHERE a = '")).toBe(true);
    expect(out).not.toContain(`${s.replace(/['\\\n"`]/g, '')}x'`);
  });
});

describe('sqlLiterals', () => {
  it('finds literals with doubled quotes and skips identifier quotes', () => {
    const text = `SELECT "a'b", 'O''Neil' FROM t WHERE x = 'y'`;
    expect(sqlLiterals(text).map((l) => text.slice(l.start, l.end))).toEqual(["'O''Neil'", "'y'"]);
  });

  it('lets an unterminated literal run to the end', () => {
    const text = "WHERE a = 'abc";
    expect(sqlLiterals(text)).toEqual([{ start: 10, end: text.length }]);
  });
});
