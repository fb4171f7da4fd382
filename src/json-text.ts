/**
 * Finds JSON held in text: a whole string that is JSON (`request.data`, Kafka values) or JSON
 * objects embedded in prose (`intake payload: {"patient":{...}}`, pinojs/pino#1509). One
 * linear pass with a bracket stack; only the outermost balanced spans are returned.
 */

/** True when `text` looks like one JSON object or array (cheap check before `JSON.parse`). */
export function looksLikeJson(text: string): boolean {
  let i = 0;
  while (i < text.length && isSpace(text.charCodeAt(i))) i++;
  let j = text.length - 1;
  while (j > i && isSpace(text.charCodeAt(j))) j--;
  const a = text.charCodeAt(i);
  const b = text.charCodeAt(j);
  return (a === 123 && b === 125) || (a === 91 && b === 93);
}

/** True when `text` may embed a JSON object (`{` and a quote somewhere). */
export function mayEmbedJson(text: string): boolean {
  return text.indexOf('{') !== -1 && text.indexOf('"') !== -1;
}

/** Outermost balanced `{...}` spans of `text`, as `[start, end)` pairs, in order. */
export function jsonSpans(text: string): Array<[number, number]> {
  const spans: Array<[number, number]> = [];
  const stack: number[] = [];
  let start = -1;
  let inString = false;
  let restarts = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (stack.length === 0) {
      if (c === 123 /* { */) {
        stack.push(125);
        start = i;
        inString = false;
      }
      continue;
    }
    if (inString) {
      if (c === 92 /* \ */) i++;
      else if (c === 34 /* " */) inString = false;
    } else if (c === 34) {
      inString = true;
    } else if (c === 123) {
      stack.push(125);
    } else if (c === 91) {
      stack.push(93);
    } else if (c === 125 || c === 93) {
      if (stack.pop() !== c) stack.length = 0; // not JSON: look for the next brace
      else if (stack.length === 0) spans.push([start, i + 1]);
    }
    // An opening brace that never closes hides balanced objects after it: retry a few times
    // from the next character (bounded, so the pass stays linear).
    if (i === text.length - 1 && stack.length > 0 && restarts < 4) {
      restarts++;
      stack.length = 0;
      i = start;
    }
  }
  return spans;
}

function isSpace(c: number): boolean {
  return c === 32 || c === 9 || c === 10 || c === 13;
}
