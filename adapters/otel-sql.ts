/**
 * SQL literal stripping for `db.statement` / `db.query.text` (bug case B17). One left-to-right
 * pass, no regex: every character is looked at a bounded number of times, so the cost is linear
 * in the statement length whatever it holds (unterminated quotes, long digit runs).
 *
 * Replaced by `?`: single-quoted strings (with `''` and backslash escapes, and `N'…'`, `E'…'`,
 * `X'…'`, `B'…'`, `U&'…'` prefixes), dollar-quoted strings (`$tag$…$tag$`), numbers (integers,
 * decimals, exponents, `0x…`), and double-quoted text unless the dialect says it is an
 * identifier. Kept: keywords, table and column names, backquoted and bracketed identifiers,
 * placeholders (`?`, `$1`, `:name`, `@p1`), operators, comments (the walk scans them later).
 * An unterminated literal takes the rest of the statement with it (fail closed).
 */
import { skipQuoted } from '../patterns/sql-tokens.js';

/** Dialects where `"…"` quotes an identifier (standard SQL); elsewhere it may be a string. */
const doubleQuotedIdentifiers: ReadonlySet<string> = new Set([
  'postgresql', 'sqlite', 'oracle', 'db2', 'mssql', 'microsoft.sql_server', 'cockroachdb', 'h2',
  'derby', 'hsqldb', 'trino', 'snowflake', 'redshift', 'duckdb',
]);

/**
 * `sql` with its literals replaced by `?`. `system` is the `db.system` / `db.system.name`
 * attribute; without it `"…"` is treated as a string (MySQL's default), which may hide a
 * quoted identifier but never shows a value.
 */
export function stripSqlLiterals(sql: string, system?: unknown): string {
  const keepDouble = typeof system === 'string' && doubleQuotedIdentifiers.has(system.toLowerCase());
  const n = sql.length;
  let out = '';
  let i = 0;
  let from = 0; // start of the text not yet copied to `out`
  while (i < n) {
    const c = sql.charCodeAt(i);
    if (c === 39 /* ' */ || (c === 34 /* " */ && !keepDouble)) {
      const start = literalPrefixStart(sql, i, from);
      out += sql.slice(from, start) + '?';
      i = skipQuoted(sql, i, c);
      from = i;
    } else if (c === 34 || c === 96 /* ` */) {
      i = skipQuoted(sql, i, c); // identifier: kept as written
    } else if (c === 91 /* [ */) {
      const close = sql.indexOf(']', i + 1);
      i = close === -1 ? n : close + 1;
    } else if (c === 45 /* - */ && sql.charCodeAt(i + 1) === 45) {
      const eol = sql.indexOf('\n', i);
      i = eol === -1 ? n : eol;
    } else if (c === 47 /* / */ && sql.charCodeAt(i + 1) === 42 /* * */) {
      const close = sql.indexOf('*/', i + 2);
      i = close === -1 ? n : close + 2;
    } else if (c === 36 /* $ */) {
      const end = dollarQuoteEnd(sql, i);
      if (end === -1) {
        i = skipWord(sql, i + 1); // $1 placeholder, or a `$` inside a name
      } else {
        out += sql.slice(from, i) + '?';
        i = end;
        from = i;
      }
    } else if (isDigit(c) || (c === 46 /* . */ && isDigit(sql.charCodeAt(i + 1)))) {
      out += sql.slice(from, i) + '?';
      i = skipNumber(sql, i);
      from = i;
    } else if (isWordChar(c) || c === 64 /* @ */ || c === 58 /* : */) {
      i = skipWord(sql, i + 1); // keyword, identifier (t1.col2), @p1, :name
    } else {
      i++;
    }
  }
  return from === 0 ? sql : out + sql.slice(from);
}

/** Start of a literal, moved back over a one-letter prefix glued to the quote (`N'x'`, `U&'x'`). */
function literalPrefixStart(sql: string, quote: number, from: number): number {
  let s = quote;
  if (s - 1 >= from && sql.charCodeAt(s - 1) === 38 /* & */) s--;
  if (s - 1 >= from && /[NnEeXxBbUu]/.test(sql[s - 1]!) && !(s - 2 >= from && isWordChar(sql.charCodeAt(s - 2)))) s--;
  return s === quote - 1 && sql.charCodeAt(s) === 38 ? quote : s;
}

/** End of a `$tag$…$tag$` string starting at `i`, or -1 when `i` does not open one. */
function dollarQuoteEnd(sql: string, i: number): number {
  let j = i + 1;
  while (j < sql.length && j - i <= 64 && isWordChar(sql.charCodeAt(j)) && !(j === i + 1 && isDigit(sql.charCodeAt(j)))) j++;
  if (sql.charCodeAt(j) !== 36) return -1;
  const tag = sql.slice(i, j + 1);
  const close = sql.indexOf(tag, j + 1);
  return close === -1 ? sql.length : close + tag.length;
}

function skipNumber(sql: string, i: number): number {
  const n = sql.length;
  if (sql.charCodeAt(i) === 48 && (sql.charCodeAt(i + 1) | 32) === 120 /* 0x */) {
    i += 2;
    while (i < n && isHex(sql.charCodeAt(i))) i++;
    return i;
  }
  while (i < n && (isDigit(sql.charCodeAt(i)) || sql.charCodeAt(i) === 46)) i++;
  if (i < n && (sql.charCodeAt(i) | 32) === 101 /* e */) {
    let j = i + 1;
    if (sql.charCodeAt(j) === 43 || sql.charCodeAt(j) === 45) j++;
    if (isDigit(sql.charCodeAt(j))) {
      i = j;
      while (i < n && isDigit(sql.charCodeAt(i))) i++;
    }
  }
  // Digits glued to letters (`123abc`) are one token: a value, swallowed whole.
  while (i < n && isWordChar(sql.charCodeAt(i))) i++;
  return i;
}

function skipWord(sql: string, i: number): number {
  while (i < sql.length) {
    const c = sql.charCodeAt(i);
    if (isWordChar(c) || c === 36) i++;
    else break;
  }
  return i;
}

function isDigit(c: number): boolean {
  return c >= 48 && c <= 57;
}

function isHex(c: number): boolean {
  return isDigit(c) || ((c | 32) >= 97 && (c | 32) <= 102);
}

/** Letters, digits, `_` and anything non-ASCII (identifiers may be Unicode). */
function isWordChar(c: number): boolean {
  return isDigit(c) || ((c | 32) >= 97 && (c | 32) <= 122) || c === 95 || c > 127;
}
