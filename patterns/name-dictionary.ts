import { defineDetector } from '../src/detector.js';
import { TokenClass, classify, isGivenName, looksLikeName, stripPossessive } from './name-lexicon.js';
import { upperLetter } from './name-words.js';

/**
 * Full names in free text with no cue, found by a dictionary of given names and surnames
 * (`Sandra Kowalski`, `Ella H. Snider`, `Bryan Maclean's`, `Fonseca, Agustín`).
 *
 * The pattern only finds runs of two or more Titlecase words on one line (an initial may sit
 * between them), so log strings without such a run (`FHIR Patient created`, `GET /api 200`,
 * `ValidationError`) never get past the prefilter. Each run is split into tokens; words that
 * are never names (`The`, `Patient`, `Health`, months, log words) cut it into segments, and a
 * segment is a name when two neighbouring words score enough: a dictionary name that is not an
 * English word is strong, an English word that is also a name (`Brown`, `Rose`) or a word shaped
 * like a surname (`Šušulić`, `Sandström`, `-ski`) is weak; strong + anything, and a surname-shaped
 * word + any other non-stop word pass (not two English words). `Last, First` passes when the second word is a given name.
 * Only the name segment is masked: `The [name] version`.
 *
 * False positives: place and company names built from names (`Johnson Controls`), two
 * surname-shaped words. Misses: names of one word (`says Izumi`), two unknown words
 * (`Mehrudin Todd` only when one is in the dictionary), upper-case and lower-case names, two ordinary words (`Rose Young`).
 */
export const personNameDictionary = defineDetector({
  id: 'person-name-dictionary',
  kind: 'name',
  source: nameRun(),
  needs: ['upper'],
  confirm: (text, start, end) => (start === 0 || !/[\p{L}\p{M}\d_]/u.test(text[start - 1]!)) && nameRanges(text.slice(start, end)).length > 0,
  rewrite: (value, helpers) => {
    let out = '';
    let at = 0;
    for (const [s, e] of nameRanges(value)) {
      out += value.slice(at, s) + helpers.mask('name', value.slice(s, e));
      at = e;
    }
    return out + value.slice(at);
  },
});

/** A run of two to four Titlecase words joined by one space or `, `, with optional initials between. */
function nameRun(): string {
  const letters = String.raw`A-Za-z\x{C0}-\x{D6}\x{D8}-\x{F6}\x{F8}-\x{24F}\x{300}-\x{36F}`;
  const lower = String.raw`a-z\x{DF}-\x{F6}\x{F8}-\x{FF}\x{100}-\x{24F}`;
  const token = String.raw`${upperLetter}[${letters}'’-]*[${lower}](?:'s|’s)?`;
  return String.raw`${token}(?:,?[ ](?:${upperLetter}\.?[ ])?${token}){1,3}`;
}

interface Token {
  readonly start: number;
  readonly end: number;
  /** A comma sits between this token and the one before. */
  readonly comma: boolean;
  readonly initial: boolean;
  readonly cls: TokenClass;
  readonly text: string;
}

const initialShape = /^\p{Lu}\.?$/u;

/**
 * The ranges of `value` (a run of Titlecase words) that are names, in order; empty when none.
 */
export function nameRanges(value: string): ReadonlyArray<readonly [number, number]> {
  let ranges = recent.get(value);
  if (ranges === undefined) {
    if (recent.size >= recentMax) recent.clear();
    ranges = rangesOf(value);
    recent.set(value, ranges);
  }
  return ranges;
}

/** Rejected runs are rescanned from their next word and log text repeats: answers are kept. */
const recent = new Map<string, ReadonlyArray<readonly [number, number]>>();
const recentMax = 2048;

function rangesOf(value: string): Array<[number, number]> {
  const tokens = tokenize(value);
  const out: Array<[number, number]> = [];
  let segment: Token[] = [];
  const flush = (): void => {
    const range = segmentName(segment);
    if (range !== null) out.push(range);
    segment = [];
  };
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    if (t.comma) {
      const prev = segment[segment.length - 1];
      if (prev !== undefined && !prev.initial && segment.length <= 2 && !t.initial && isGivenName(stripPossessive(t.text))) {
        // `Fonseca, Agustín (María)`: surname before the comma, given name(s) after.
        let j = i;
        while (j + 1 < tokens.length && !tokens[j + 1]!.comma && tokens[j + 1]!.cls !== TokenClass.Never) j++;
        out.push([segment[0]!.start, tokens[j]!.end]);
        segment = [];
        i = j;
        continue;
      }
      flush();
    }
    if (t.cls === TokenClass.Never) flush();
    else segment.push(t);
  }
  flush();
  return out;
}

/** The range of a segment of non-stop tokens when two neighbouring words make a name. */
function segmentName(segment: readonly Token[]): [number, number] | null {
  // Trim initials at the ends: `A Sandra Roe` keeps `A` out only when it is a stop word.
  let a = 0;
  let b = segment.length - 1;
  while (a <= b && segment[a]!.initial) a++;
  while (b >= a && segment[b]!.initial) b--;
  if (b - a < 1) return null;
  for (let i = a; i < b; i++) {
    const left = segment[i]!;
    let k = i + 1;
    let bonus = 0;
    while (k < b && segment[k]!.initial) {
      k++;
      bonus = 1;
    }
    if (passes(left, segment[k]!, bonus)) return [segment[a]!.start, segment[b]!.end];
  }
  return null;
}

function passes(left: Token, right: Token, bonus: number): boolean {
  if (left.cls === TokenClass.Strong || right.cls === TokenClass.Strong) return true;
  // Weak + weak or weak + unknown, unless the weak side is only an English word (`Golden Brown`).
  if (left.cls >= TokenClass.Unknown && right.cls >= TokenClass.Unknown && (looksLikeName(left.text) || looksLikeName(right.text))) return true;
  // Two English-word names need an initial between them: `Rose T. Young`, not `Golden Brown`.
  return bonus > 0 && left.cls + right.cls >= 2;
}

function tokenize(value: string): Token[] {
  const tokens: Token[] = [];
  let comma = false;
  let i = 0;
  while (i < value.length) {
    const c = value[i]!;
    if (c === ' ') {
      i++;
      continue;
    }
    if (c === ',') {
      comma = true;
      i++;
      continue;
    }
    let j = i;
    while (j < value.length && value[j] !== ' ' && value[j] !== ',') j++;
    const text = value.slice(i, j);
    const initial = initialShape.test(text);
    tokens.push({ start: i, end: j, comma, initial, cls: initial ? TokenClass.Unknown : classify(text), text });
    comma = false;
    i = j;
  }
  return tokens;
}

/** Verbs and words that, right after a lone name, say it is a person (`Sandra said`, `Todd was`). */
const verbsAfter = new Set([
  'said', 'says', 'asked', 'asks', 'told', 'tells', 'shouted', 'replied', 'wrote', 'writes', 'called', 'calls',
  'was', 'is', 'has', 'had', 'will', 'would', 'went', 'goes', 'lives', 'lived', 'came', 'comes', 'and', 'who',
  'feels', 'felt', 'needs', 'needed', 'wants', 'wanted', 'got', 'gets', 'did', 'does',
]);

/** Product and tool names that are also given names or surnames. */
const products = new Set([
  'jenkins', 'hudson', 'travis', 'julia', 'ada', 'pascal', 'django', 'sinatra', 'jasmine', 'karma', 'mocha',
  'kafka', 'cassandra', 'ariel', 'alexa', 'siri', 'cortana', 'watson', 'athena', 'apollo', 'hermes', 'juno',
  'diana', 'minerva', 'elastic', 'grafana', 'kibana', 'nginx', 'debian', 'ubuntu', 'fedora', 'mariadb',
  'hadoop', 'jest', 'lambda', 'nova', 'vega', 'luna', 'stella', 'orion', 'electra', 'oracle', 'chrome',
]);

const lone = String.raw`${upperLetter}[A-Za-z\x{C0}-\x{D6}\x{D8}-\x{F6}\x{F8}-\x{24F}'’-]*[a-z\x{DF}-\x{F6}\x{F8}-\x{FF}\x{100}-\x{24F}]`;

/**
 * One dictionary name alone in prose: after a lower-case word (`gender of Kristin has`,
 * `though Mccullough's song`, `Remember me, Nathan?`), or at the start of a line or after `: `
 * when a speaker colon, a possessive or a verb follows (`Carla: You saved`, `Todd said`).
 * Only given names and surnames that are not English words count, and not product names
 * (`Jenkins`, `Julia`, `Cassandra`).
 *
 * False positives: surnames used as place or brand names mid-sentence (`deployed to Dallas`
 * is kept because `Dallas` is also a word list city, but `hosted at Hetzner` is not).
 * Misses: names not in the dictionary (`says Izumi`), English-word names (`Will`, `Rose`).
 */
export const personNameLone = defineDetector({
  id: 'person-name-lone',
  kind: 'name',
  source: String.raw`(?:^|[a-z,;][ ]|[\n>:][ ]?)(${lone})`,
  group: 1,
  needs: ['upper'],
  confirm: loneName,
});

function loneName(text: string, start: number, end: number): boolean {
  const next = end < text.length ? text[end]! : '';
  if (/[\p{L}\p{M}\d_]/u.test(next)) return false;
  const word = stripPossessive(text.slice(start, end));
  const lower = word.toLowerCase();
  if (classify(word) !== TokenClass.Strong || products.has(lower)) return false;
  // The run detector owns `Given Surname`; a lone name is not followed by another Titlecase word.
  if (next === ' ' && /\p{Lu}/u.test(text[end + 1] ?? '')) return false;
  const before = start > 0 ? text[start - 1]! : '\n';
  const possessive = word.length !== end - start;
  if (before === ' ' && start > 1 && /[a-z,;]/.test(text[start - 2]!)) return true;
  if (possessive || next === ':') return true;
  if (next !== ' ') return false;
  let j = end + 1;
  while (j < text.length && j < end + 12 && /[a-z]/.test(text[j]!)) j++;
  return verbsAfter.has(text.slice(end + 1, j));
}
