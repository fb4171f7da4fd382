import { defineDetector, type RewriteHelpers } from '../src/detector.js';
import { sqlLiterals } from './sql-tokens.js';

/** Statement openers and clauses that say a line is SQL, and the Postgres bind-parameter list. */
const opener = String.raw`\b(?:select\b[^\n]*?\bfrom|insert[ \t]+into|update[ \t]+[\w."]+[ \t]+set|delete[ \t]+from|merge[ \t]+into|where|values|returning|on[ \t]+conflict)\b|\bparameters:`;

/** Stands for a masked literal while the statement text around it is scanned. */
const hole = '\u{E000}';

/**
 * String literals in SQL found in log text: a line holding a statement (`SELECT ... FROM`,
 * `INSERT INTO`, `UPDATE t SET`, `DELETE FROM`, `WHERE`, `VALUES`) or a Postgres bind-parameter
 * list (`DETAIL:  parameters: $1 = 'x', $2 = '1963-09-23'`), from the keyword to the end of the
 * line. Every single-quoted literal is masked inside its quotes (`E'...'`, `DATE '...'`,
 * `'x'::date` and `O''Connell` included); keywords, identifiers, placeholders (`$1`, `?`),
 * numbers (`LIMIT 5`) and structure stay, and are scanned by the other detectors. The kind comes
 * from the column when the statement names it (`INSERT INTO t (first_name, ...) VALUES ('x', ...)`,
 * `phone = 'x'`, `lower(last_name) = lower('x')`), else `value`. A literal already holding a mask
 * is left as is, so a second pass changes nothing.
 * False positives: quoted words after `where`/`values` in prose (`where 'x' is set`) are masked.
 * Misses: literals on a later line of a statement broken over lines when that line has no clause
 * keyword; double-quoted strings (MySQL); bare numeric values (`WHERE mrn = 577408` is left to
 * the labelled detectors).
 */
export const sqlLiteral = defineDetector({
  id: 'sql-literal',
  kind: 'value',
  source: String.raw`(?i)(?:${opener})[^\n]*'[^\n]*`,
  needs: ['letter'],
  confirm: hasLiteral,
  rewrite: maskSqlLiterals,
});

/**
 * Masks every literal of `statement` inside its quotes and scans the rest once, each literal
 * (quotes included) replaced by one private-use character, so the scan sees no literal and this
 * detector cannot match its own output again (see `confirm`).
 */
export function maskSqlLiterals(statement: string, helpers: RewriteHelpers): string {
  const literals = sqlLiterals(statement);
  if (literals.length === 0) return helpers.mask('value', statement); // confirm rules this out
  let skeleton = '';
  let at = 0;
  for (const l of literals) {
    skeleton += statement.slice(at, l.start) + hole;
    at = l.end;
  }
  skeleton += statement.slice(at);
  const kinds = literalKinds(skeleton, literals.length);
  const parts = helpers.scan(skeleton).split(hole);
  // A hole lost inside a mask, or a hole character in the input: mask the line whole.
  if (parts.length !== literals.length + 1) return helpers.mask('value', statement);
  let out = parts[0]!;
  for (let k = 0; k < literals.length; k++) {
    const l = literals[k]!;
    const closed = l.end - l.start >= 2 && statement.charCodeAt(l.end - 1) === 39 && !escapedAt(statement, l.end - 1, l.start);
    const content = statement.slice(l.start + 1, closed ? l.end - 1 : l.end);
    out += "'" + maskContent(content, kinds[k] ?? 'value', helpers) + (closed ? "'" : '') + parts[k + 1]!;
  }
  return out;
}

/** True when the quote at `at` is escaped by an odd run of backslashes after `from`. */
function escapedAt(text: string, at: number, from: number): boolean {
  let n = 0;
  for (let i = at - 1; i > from && text.charCodeAt(i) === 92; i--) n++;
  return n % 2 === 1;
}

/** Rejects a candidate holding no literal (a quote only inside a double-quoted identifier). */
function hasLiteral(text: string, start: number, end: number): boolean {
  return sqlLiterals(text.slice(start, end)).length > 0;
}

function maskContent(content: string, kind: string, helpers: RewriteHelpers): string {
  if (content.length === 0 || isMask(content)) return content;
  const masked = helpers.mask(kind, content);
  return masked === content ? content : masked;
}

/** A default tag already in place (`[REDACTED:NAME]`): a second pass keeps it. */
function isMask(content: string): boolean {
  return content.length <= 40 && /^\[REDACTED:[A-Z0-9_-]+\]$/.test(content);
}

/** Kinds for the literals (holes) of `skeleton`, from the column each one is compared with or inserted into. */
function literalKinds(skeleton: string, count: number): string[] {
  const kinds: string[] = [];
  const insert = insertColumns(skeleton);
  let depth = 0;
  let column = 0;
  let inValues = false;
  const valuesAt = insert === null ? -1 : insert.valuesAt;
  for (let i = 0, k = 0; i < skeleton.length && k < count; i++) {
    const c = skeleton.charCodeAt(i);
    if (i >= valuesAt && valuesAt !== -1) {
      if (c === 40 /* ( */) {
        depth++;
        if (depth === 1) {
          inValues = true;
          column = 0;
        }
      } else if (c === 41 /* ) */) {
        depth = Math.max(0, depth - 1);
        if (depth === 0) inValues = false;
      } else if (c === 44 /* , */ && depth === 1) {
        column++;
      }
    }
    if (c !== 0xe000) continue;
    const fromInsert = inValues && depth === 1 && insert !== null ? insert.columns[column] : undefined;
    kinds.push(kindOfColumn(fromInsert ?? comparedColumn(skeleton, i)));
    k++;
  }
  return kinds;
}

/** `INSERT INTO t (a, b) VALUES`: the column names and where `VALUES` ends. */
function insertColumns(skeleton: string): { columns: string[]; valuesAt: number } | null {
  const m = /\binsert[ \t]+into[ \t]+[\w."]{1,128}[ \t]*\(([^()]{1,2000})\)[ \t]*values\b/i.exec(skeleton.slice(0, 4096));
  if (m === null) return null;
  return { columns: m[1]!.split(',').map((c) => c.trim().replace(/"/g, '')), valuesAt: m.index + m[0].length };
}

/** The column a literal at `hole` is compared with: `col = '`, `lower(col) = lower('`, `col ILIKE '`. */
function comparedColumn(skeleton: string, hole: number): string | undefined {
  const before = skeleton.slice(Math.max(0, hole - 64), hole);
  const m = /([A-Za-z_][\w]*)"?\)?[ \t]*(?:=|<>|!=|>=|<=|<|>|\bi?like\b|\bin[ \t]*\()[ \t]*(?:(?:lower|upper|trim)\()?[ \t]*(?:[A-Za-z]{1,9}[ \t]*)?$/i.exec(before);
  return m?.[1];
}

const columnKinds: ReadonlyArray<readonly [RegExp, string]> = [
  [/(?:^|_)(?:ssn|social)/, 'ssn'],
  [/(?:^|_)mrn|medical_record/, 'mrn'],
  [/(?:^|_)(?:dob|birth|date|_at$|admitted|discharged|died|deceased)/, 'date'],
  [/phone|fax|mobile|tel(?:$|_)/, 'phone'],
  [/e_?mail/, 'email'],
  [/(?:^|_)(?:zip|postal|postcode)/, 'zip'],
  [/(?:^|_)city|town/, 'city'],
  [/address|street|addr/, 'address'],
  [/(?:^|_)(?:first|last|middle|given|family|maiden|full)?_?name$|(?:^|_)(?:surname|given|family)/, 'name'],
  [/(?:^|_)id$|_id$|uuid|identifier|account|member/, 'id'],
];

function kindOfColumn(column: string | undefined): string {
  if (column === undefined) return 'value';
  const name = column.toLowerCase().replace(/^.*\./, '');
  for (const [re, kind] of columnKinds) if (re.test(name)) return kind;
  return 'value';
}
