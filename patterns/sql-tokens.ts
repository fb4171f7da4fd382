/**
 * A linear SQL literal tokenizer for log text: where the single-quoted string literals of a
 * statement are. One left-to-right pass, no regex; every character is looked at a bounded number
 * of times whatever the input holds (unterminated quotes, long runs of quotes).
 */

/** One single-quoted literal: `start` is the opening quote, `end` is just after the closing one. */
export interface SqlLiteral {
  readonly start: number;
  /** An unterminated literal ends at the end of the text (fail closed). */
  readonly end: number;
}

/**
 * Every single-quoted literal in `sql`, in order. Doubled quotes (`O''Connell`) and backslash
 * escapes (`E'it\'s'`) stay inside; prefixes (`E`, `N`, `DATE`, `::date` casts) are outside and
 * kept. Double quotes and backquotes are identifiers and skipped whole, so a `'` inside them does
 * not open a literal; `--` and block comments are not special (a quote in a comment is masked).
 */
export function sqlLiterals(sql: string): SqlLiteral[] {
  const out: SqlLiteral[] = [];
  const n = sql.length;
  let i = 0;
  while (i < n) {
    const c = sql.charCodeAt(i);
    if (c === 39 /* ' */) {
      const end = skipQuoted(sql, i, 39);
      out.push({ start: i, end });
      i = end;
    } else if (c === 34 /* " */ || c === 96 /* ` */) {
      const close = sql.indexOf(c === 34 ? '"' : '`', i + 1);
      // An unclosed identifier quote is ordinary text; literals after it are still found.
      i = close === -1 ? i + 1 : close + 1;
    } else {
      i++;
    }
  }
  return out;
}

/** Index after the closing `quote` of the string opened at `open`; doubled quotes and backslash escapes stay inside. */
export function skipQuoted(sql: string, open: number, quote: number): number {
  const n = sql.length;
  let i = open + 1;
  while (i < n) {
    const c = sql.charCodeAt(i);
    if (c === 92 /* \ */ && quote !== 96) {
      i += 2;
    } else if (c === quote) {
      if (sql.charCodeAt(i + 1) === quote) i += 2;
      else return i + 1;
    } else {
      i++;
    }
  }
  return n;
}
