import { defineDetector } from '../src/detector.js';
import { firstWord, fullName, isStopWord, nameWord, upperLetter } from './name-words.js';
import { personNameDictionary, personNameLone } from './name-dictionary.js';

/**
 * Person names in free text. Names have no structure, so every detector here needs a cue or
 * a structure that says "this is a name"; the name itself must start upper-case (any script:
 * `Agustín`, `Szöllösy`, `Anđa`), may carry apostrophes (`O'Connell`, SQL `O''Connell`) and
 * hyphens, and may be an ordinary word (`Will`, `Rose`) or very short (`Yi`) when cued.
 * Misses: names with no cue at all (`Sandra went home`), lower-case names, names split over
 * lines, and given names in the middle of prose. Tag the field (`fields`) where you know one.
 */

const cues = [
  String.raw`patient`,
  String.raw`pt\.?`,
  String.raw`(?:first|last|given|family|middle|full|maiden|legal|preferred|patient|member|guarantor|subscriber)?[ _-]?name`,
  String.raw`dear`,
  String.raw`attn\.?`,
  String.raw`attention`,
  String.raw`guarantor`,
  String.raw`subscriber`,
  String.raw`insured`,
  String.raw`guardian`,
  String.raw`caregiver`,
  String.raw`emergency[ _-]contact`,
  String.raw`next[ _-]of[ _-]kin`,
  String.raw`signed[ _-]by`,
  String.raw`i'm`,
  String.raw`it's`,
  String.raw`this[ \t]is`,
  String.raw`i[ \t]am`,
  String.raw`call[ \t]me`,
  String.raw`hi`,
  String.raw`hello`,
  String.raw`candidate`,
].join('|');

/** Between a cue and the name: `:`, `=`, `is`, a quote or a parenthesis, and spaces. */
const gap = String.raw`["']?[ \t]*(?:[:=#?\-]{1,2}|is|was)?[ \t]*["'(]?[ \t]*`;

/**
 * A name after a cue: `Patient: Jane Roe`, `pt Jane Roe`, `Dear Mr. Smith`, `name=Little`,
 * `Name:    Anđa Tomić`, `My name is Eliane`, `What's your last name? Arcuri`,
 * `Emergency contact: Rose Young`, `signed by Dr. Who`, `candidate="Barton, Rosio"`,
 * `Hi Victor,`. `confirm` drops stop words (`Patient Portal`, `Name: Unknown`).
 */
export const personNameCued = defineDetector({
  id: 'person-name-cued',
  kind: 'name',
  source: String.raw`\b(?i:${cues})${gap}(?:(?:Mr|Mrs|Ms|Miss|Mx|Dr)\.?[ \t]+)?(${fullName}(?:,[ \t]*${fullName})?)`,
  group: 1,
  needs: ['upper'],
  // A stop word at the end means the cue ran into ordinary text (`name=Tanaka HTTP/1.1`): the
  // span ends before it.
  confirm: (text, start, end) => {
    if (!startsWord(text, start) || isStopWord(firstWord(text, start, end))) return false;
    return isStopWord(lastWord(text, start, end)) ? trimLastWord(text, start, end) : true;
  },
});

/** `Mr. John Olofsson`, `Mrs. Selma Veitonen`, `Dr. Gregory House`, `Ms O'Connell`. The honorific stays. */
export const personNameHonorific = defineDetector({
  id: 'person-name-honorific',
  kind: 'name',
  source: String.raw`\b(?:Mr|Mrs|Ms|Miss|Mx|Dr|MR|MRS|MS|DR)\.?[ \t]+(${fullName})`,
  group: 1,
  needs: ['upper'],
  confirm: (text, start, end) => !isStopWord(firstWord(text, start, end)),
});

/**
 * HL7 XPN in text: `DOE^JOHN^Q^JR^DR`, `Fonseca^Agustín^^^Mr.`, `Medina^María Eugenia`.
 * Family, given and middle names are masked one by one; suffix, prefix and degree stay, as do
 * the `^` separators. Not the `MSH|^~\&|` encoding characters (letters are needed on both
 * sides), nor coded values (`PRN^PH`, `NET^Internet`, `ASKU^Asked`, `CLIA^PI`).
 */
export const personNameHl7 = defineDetector({
  id: 'person-name-hl7',
  kind: 'name',
  source: String.raw`${nameWord}(?:[ ]${nameWord}){0,3}\^${nameWord}(?:[ ]${nameWord}){0,3}(?:\^(?:${nameWord}|${upperLetter}\.?)?)?`,
  needs: ['upper'],
  confirm: hl7Name,
  rewrite: (value, helpers) =>
    value
      .split('^')
      .map((part) => (part === '' ? part : helpers.mask('name', part)))
      .join('^'),
});

/** `(JACOBSON, SILVA)`, `"Barton, Rosio"`: a `Last, First` pair alone in brackets or quotes. */
export const personNamePair = defineDetector({
  id: 'person-name-pair',
  kind: 'name',
  source: String.raw`[("']((?:${nameWord})(?:[ \t]${nameWord})?,[ \t]*${nameWord}(?:[ \t]{1,3}(?:${upperLetter}\.|${nameWord})){0,2})[)"']`,
  group: 1,
  needs: ['upper'],
  confirm: (text, start, end) => {
    const [last = '', first = ''] = text.slice(start, end).split(',');
    const given = first.trim();
    return !isStopWord(firstWord(last, 0, last.length)) && !isStopWord(firstWord(given, 0, given.length)) && given.length > 2;
  },
});

/** SQL predicates on name columns: `WHERE last_name = 'Roe'`, `lower(last_name) = lower('Roe')`, `first_name ILIKE 'Jane%'`. */
export const personNameSql = defineDetector({
  id: 'person-name-sql',
  kind: 'name',
  source: String.raw`(?i:(?:first|last|given|family|middle|full|maiden|patient|pt)_?name)\)?[ \t]*(?:=|(?i:i?like))[ \t]*(?:(?i:lower|upper)\()?'(${nameWord}(?:[ ]${nameWord}){0,3})`,
  group: 1,
  needs: ['upper'],
});

/** A name followed by a cue: `Florrie Nader born 1980`, `Sandra lives on`, `JANE ROE DOB`, `Roe, Jane (DOB ...)`. */
export const personNameBefore = defineDetector({
  id: 'person-name-before',
  kind: 'name',
  source: String.raw`(${fullName}(?:,[ \t]*${fullName})?)[ \t]*[),]?[ \t]+(?:born|(?i:d\.?o\.?b)\b|\(DOB|lives[ \t](?:at|on|in)|was[ \t]born|aged[ \t]\d)`,
  group: 1,
  needs: ['upper'],
  confirm: (text, start, end) => startsWord(text, start) && !isStopWord(firstWord(text, start, end)),
});

/** Every person-name detector, in the order overlaps are resolved. */
export const personName = [personNameCued, personNameHonorific, personNameHl7, personNamePair, personNameSql, personNameBefore, personNameDictionary, personNameLone] as const;

const letter = /[\p{L}\p{M}\d_]/u;

/** True when no letter or digit is glued on before `start` (RE2's `\b` is ASCII-only). */
/** The end of the span without its last word and the separators before it (false if nothing is left). */
function trimLastWord(text: string, start: number, end: number): number | false {
  let i = end - lastWord(text, start, end).length;
  while (i > start && ' \t,^'.includes(text[i - 1]!)) i--;
  return i > start ? i : false;
}

/** The last word of a span (after the last space, comma or `^`). */
function lastWord(text: string, start: number, end: number): string {
  let i = end;
  while (i > start) {
    const c = text.charCodeAt(i - 1);
    if (c === 32 || c === 9 || c === 44 || c === 94) break;
    i--;
  }
  return text.slice(i, end);
}

function startsWord(text: string, start: number): boolean {
  return start === 0 || !letter.test(text[start - 1]!);
}

/** Coded HL7 values that look like `WORD^Word` but are not names. */
const hl7Codes: ReadonlySet<string> = new Set([
  'PRN', 'ORN', 'WPN', 'VHN', 'ASN', 'EMR', 'NET', 'PH', 'FX', 'CP', 'BP', 'MD', 'INTERNET', 'CLIA',
  'PI', 'MR', 'MRN', 'SS', 'SSA', 'SSN', 'DL', 'PPN', 'NPI', 'AN', 'PN', 'PT', 'ASKU', 'ASKED',
  'UNK', 'UNKNOWN', 'NASK', 'NI', 'NULLFL', 'ADT', 'ORU', 'ORM', 'OML', 'ORL', 'MDM', 'SIU', 'VXU',
  'ACK', 'DFT', 'BAR', 'MFN', 'QBP', 'RSP', 'RDE', 'RAS', 'ISO', 'DNS', 'LN', 'SCT', 'CWE', 'CE',
  'CX', 'XPN', 'XAD', 'XTN', 'MED', 'SURG', 'ICU', 'ER', 'USA', 'US', 'OTHER', 'NOT', 'HISPANIC',
  'HL', 'LOINC', 'SNOMED', 'ICD', 'CPT', 'RXNORM', 'NDC', 'UCUM', 'FINAL', 'PRELIMINARY', 'CORRECTED',
]);

function hl7Name(text: string, start: number, end: number): boolean {
  if (!startsWord(text, start)) return false;
  const after = end < text.length ? text[end]! : '';
  if (after !== '' && letter.test(after)) return false; // `African American^HL70005`
  if (start > 0 && text[start - 1] === '&') return false; // subcomponent of a coded value
  const parts = text.slice(start, end).split('^');
  const family = parts[0] ?? '';
  const given = parts[1] ?? '';
  if (family.length < 2) return false;
  for (const part of [family, given]) {
    if (hl7Codes.has(part.toUpperCase()) || hl7Codes.has(firstWord(part, 0, part.length).toUpperCase())) return false;
    if (isStopWord(firstWord(part, 0, part.length))) return false;
  }
  return true;
}
