import { defineDetector, escapePattern, type Detector } from '../src/detector.js';
import { RedactionConfigError } from '../src/errors.js';

/** Options for `mrn`. */
export interface MrnOptions {
  /** Extra labels printed before the number (case-insensitive), added to the built-in ones. */
  readonly labels?: readonly string[];
  /** Shortest value to mask. @defaultValue `4` */
  readonly minLength?: number;
}

/** Labels that introduce a medical record or patient-level number. Bare `chart` and `MR` are not labels. */
const builtinLabels = [
  String.raw`mrn#?`,
  String.raw`mr#`,
  String.raw`mr[ .]?(?:no\.?|num(?:ber)?)`,
  String.raw`med(?:ical)?[ _.-]?rec(?:ord)?s?(?:[ _.-]?(?:no\.?|num(?:ber)?|#|id))?`,
  String.raw`chart[ _-]?(?:no\.?|#|num(?:ber)?|id)`,
  String.raw`(?:patient|pt|pat)[ _-]?(?:id|#|num(?:ber)?|no\.?|identifier)`,
  String.raw`e?mpi(?:[ _-]?id)?`,
  String.raw`euid`,
  String.raw`hosp(?:ital)?[ _-]?(?:no\.?|#|num(?:ber)?)`,
  String.raw`unit[ _-]?num(?:ber)?`,
  String.raw`(?:visit|encounter|account|acct|accession|specimen)[ _-]?(?:id|#|no\.?|num(?:ber)?)`,
  String.raw`csn|fin`,
  // Glued into a file or key name: `Account_00482139`, `acct_00482139` (`MRN_...` via the separator).
  String.raw`(?:account|acct)_`,
];

/**
 * Medical record numbers and other patient-level numbers that follow a label (`MRN`, `MR#`,
 * `Med Rec No`, `medical record`, `chart #`, `patient id`, `EMPI`, `visit #`, `CSN`, ...):
 * `MRN: 00482139`, `MRN-00482139`, `patient id=i6jsa9`, `Patient ID 27de96c6-...`.
 * The value is 4-64 letters, digits, `-` or `_` with at least one digit; the label stays.
 * Misses: numbers with no label (configure `mrnFormats` or tag the field), labels in other languages.
 */
export function mrn(options: MrnOptions = {}): Detector {
  const { labels = [], minLength = 4 } = options;
  if (!Array.isArray(labels) || !Number.isInteger(minLength) || minLength < 1 || minLength > 64) {
    throw new RedactionConfigError('mrn: labels must be an array of strings and minLength an integer 1-64');
  }
  const all = [...builtinLabels, ...labels.map((l) => escapePattern(String(l)))].join('|');
  return defineDetector({
    id: 'mrn',
    kind: 'mrn',
    source: String.raw`(?i)\b(?:${all})[ \t]*(?:is|was|of)?[ \t]*[:#=._-]?[ \t]*["']?([A-Za-z0-9][A-Za-z0-9_-]{0,63})`,
    group: 1,
    needs: ['digit'],
    confirm: (text, start, end) => end - start >= minLength && hasDigit(text, start, end),
  });
}

/**
 * Institution MRN formats a deployment knows (`['E\\d{7}', '\\d{8}']`), matched without a label
 * as whole tokens. Each format is RE2 syntax written by the integrator.
 */
export function mrnFormats(formats: readonly string[]): Detector {
  if (!Array.isArray(formats) || formats.length === 0 || formats.some((f) => typeof f !== 'string' || f.length === 0)) {
    throw new RedactionConfigError('mrnFormats: needs one RE2 format or more');
  }
  return defineDetector({
    id: 'mrn-format',
    kind: 'mrn',
    source: String.raw`\b(?:${formats.map((f) => `(?:${f})`).join('|')})\b`,
  });
}

/**
 * Words that follow an MRN label in ordinary log text and are not a record number
 * (`MRN lookup failed`, `mrn: null`, `MRN is required`).
 */
export const mrnNotValues: ReadonlySet<string> = new Set([
  'lookup', 'search', 'match', 'matched', 'mismatch', 'missing', 'required', 'invalid', 'unknown', 'none', 'null',
  'undefined', 'empty', 'blank', 'field', 'value', 'values', 'format', 'formats', 'number', 'numbers', 'list', 'check',
  'checks', 'validation', 'conflict', 'collision', 'found', 'exists', 'already', 'changed', 'updated', 'update', 'merge',
  'merged', 'assigned', 'assignment', 'generated', 'generator', 'pool', 'prefix', 'suffix', 'length', 'type', 'system',
  'issuer', 'authority', 'mapping', 'index', 'service', 'records', 'record', 'label', 'column', 'param', 'parameter',
  'from', 'with', 'that', 'this', 'than', 'then', 'when', 'were', 'will', 'have', 'does', 'into', 'only', 'must',
  'should', 'could', 'would', 'cannot', 'false', 'true', 'redacted', 'masked', 'hidden', 'present', 'provided', 'given',
  'supplied', 'sent', 'received', 'passed', 'failed', 'error', 'errors', 'ok', 'okay', 'na', 'n/a', 'tbd', 'pending',
]);

/**
 * Letters-only record numbers after a strong MRN label (`MRN`, `MR#`, `medical record number`,
 * `EMPI`, `EUID`), which the digit rule of `mrn` lets through: `mrn=zodtqtlje`, `MRN: shevltf`,
 * `MRN#bljlec`, and after the upper-case acronym with only a space when the value ends the text
 * or is followed by punctuation (`flagged for MRN frvqnow`, `for MRN bljlec (DOE, JANE)`).
 * Left alone: common words after the label (`MRN lookup failed`, `mrn: null`, `MRN is required`),
 * a spaced lower-case `mrn`, and values followed by another word.
 * Misses: letters-only numbers after weaker labels (`patient id`, `visit #`).
 */
export const mrnLetters = defineDetector({
  id: 'mrn-letters',
  kind: 'mrn',
  source: String.raw`(?i)\b(?:mrn#?|mr#|med(?:ical)?[ _.-]?rec(?:ord)?[ _.-]?(?:no\.?|num(?:ber)?|#)|e?mpi|euid)(?:[ \t]*[:#=][ \t]*["']?|[ \t]+)([a-z][a-z_-]{3,31})\b`,
  group: 1,
  needs: ['letter'],
  confirm: (text, start, end) => {
    const value = text.slice(start, end);
    if (mrnNotValues.has(value.toLowerCase()) || !/^[A-Za-z]+$/.test(value.replace(/[_-]/g, ''))) return false;
    const after = text.charCodeAt(end);
    if (after === 45 /* - */ || after === 46 /* . */ && isWordCode(text.charCodeAt(end + 1))) return false;
    // The label ends at the first separator before the value.
    let i = start - 1;
    while (i >= 0 && (text[i] === ' ' || text[i] === '\t' || text[i] === '"' || text[i] === "'")) i--;
    const sep = text[i];
    if (sep === ':' || sep === '=' || sep === '#') return true;
    // A space only: the label must be the upper-case acronym and the value must end the phrase.
    if (text.slice(Math.max(0, i - 2), i + 1) !== 'MRN') return false;
    return endsPhrase(text, end);
  },
});

/** True when nothing but punctuation, a bracket or the end of text follows `end` (spaces skipped). */
function endsPhrase(text: string, end: number): boolean {
  let i = end;
  while (i < text.length && (text[i] === ' ' || text[i] === '\t')) i++;
  if (i >= text.length) return true;
  return '(),;.\n\r[]"\''.includes(text[i]!) && !(text[i] === '.' && isWordCode(text.charCodeAt(i + 1)));
}

function isWordCode(c: number): boolean {
  return (c >= 48 && c <= 57) || ((c | 32) >= 97 && (c | 32) <= 122) || c === 95;
}

function hasDigit(text: string, start: number, end: number): boolean {
  for (let i = start; i < end; i++) {
    const c = text.charCodeAt(i);
    if (c >= 48 && c <= 57) return true;
  }
  return false;
}
