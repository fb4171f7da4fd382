/**
 * Text that hides what detectors look for: percent-encoding outside URLs (`123%2D45%2D6789`),
 * HTML entities (`123&#45;45`), literal `\u0031` escapes in plain text, zero-width characters
 * and soft hyphens inside a number, fullwidth forms (`１２３-４５-６７８９`). The scanner runs
 * again on the revealed text when the plain scan leaves such characters behind; one linear pass.
 */

/** True when `text` holds a character `reveal` would change (cheap check, one pass). */
export function mayHide(text: string): boolean {
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 37 /* % */ || c === 38 /* & */ || c === 92 /* \ */) return true;
    if (c >= 0xad && isHidden(c)) return true;
  }
  return false;
}

/** `text` with encodings decoded, invisible characters dropped and fullwidth forms made ASCII. */
export function reveal(text: string): string {
  let out = '';
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 37 && isHex(text.charCodeAt(i + 1)) && isHex(text.charCodeAt(i + 2))) {
      out += String.fromCharCode(parseInt(text.slice(i + 1, i + 3), 16));
      i += 2;
    } else if (c === 92 && text[i + 1] === 'u' && hex4(text, i + 2)) {
      out += String.fromCharCode(parseInt(text.slice(i + 2, i + 6), 16));
      i += 5;
    } else if (c === 38) {
      const end = text.indexOf(';', i);
      const decoded = end > i && end - i <= 10 ? entity(text.slice(i + 1, end)) : undefined;
      if (decoded === undefined) out += '&';
      else {
        out += decoded;
        i = end;
      }
    } else if (c >= 0xff01 && c <= 0xff5e) {
      out += String.fromCharCode(c - 0xfee0);
    } else if (c >= 0xad && isInvisible(c)) {
      // dropped: zero-width characters and soft hyphens
    } else {
      out += text[i];
    }
  }
  return out;
}

const named: Readonly<Record<string, string>> = {
  amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: ' ', hyphen: '-', dash: '-', ndash: '-', mdash: '-',
  commat: '@', period: '.', colon: ':', sol: '/', lpar: '(', rpar: ')', num: '#', plus: '+',
};

function entity(body: string): string | undefined {
  if (body.startsWith('#x') || body.startsWith('#X')) return codePoint(parseInt(body.slice(2), 16));
  if (body.startsWith('#')) return codePoint(parseInt(body.slice(1), 10));
  return named[body.toLowerCase()];
}

function codePoint(n: number): string | undefined {
  return Number.isInteger(n) && n > 0 && n <= 0x10ffff ? String.fromCodePoint(n) : undefined;
}

function hex4(text: string, at: number): boolean {
  for (let k = 0; k < 4; k++) if (!isHex(text.charCodeAt(at + k))) return false;
  return true;
}

function isHex(c: number): boolean {
  return (c >= 48 && c <= 57) || (c >= 65 && c <= 70) || (c >= 97 && c <= 102);
}

function isInvisible(c: number): boolean {
  return c === 0xad || (c >= 0x200b && c <= 0x200f) || (c >= 0x2060 && c <= 0x2064) || c === 0xfeff;
}

function isHidden(c: number): boolean {
  return isInvisible(c) || (c >= 0xff01 && c <= 0xff5e);
}
