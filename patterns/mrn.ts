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
    source: String.raw`(?i)\b(?:${all})[ \t]*(?:is|was|of)?[ \t]*[:#=.-]?[ \t]*["']?([A-Za-z0-9][A-Za-z0-9_-]{0,63})`,
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

function hasDigit(text: string, start: number, end: number): boolean {
  for (let i = start; i < end; i++) {
    const c = text.charCodeAt(i);
    if (c >= 48 && c <= 57) return true;
  }
  return false;
}
