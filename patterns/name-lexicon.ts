/**
 * Token classes for the dictionary name detectors (`name-dictionary.ts`): which Titlecase words
 * are given names or surnames, which are ordinary English or log words, and which merely look
 * like names (accented letters, Slavic and Nordic surname endings). All lookups are hash sets.
 */
import { englishWords, givenNames, surnames } from './name-data.js';

const toSet = (chunks: readonly string[]): ReadonlySet<string> => new Set(chunks.join(' ').split(' '));

const given = toSet(givenNames);
const family = toSet(surnames);

/**
 * Words that are never a name in a log line, even when a dictionary lists them: articles and
 * pronouns, resource types, log and HTTP words, organisation and place words, days.
 */
const neverNames = toSet([
  'a an the this that these those there here his her hers him he she they them their our we you your my mine its it i',
  'and or but nor not no yes of in on at to by as for from with without into onto over under about after before',
  'is was are were be been has have had do does did will would can could should shall may might must',
  'mr mrs ms miss mx dr prof sir madam dear hi hello hey thanks thank regards best cheers sincerely',
  'monday tuesday wednesday thursday friday saturday sunday today tomorrow yesterday',
  'january february march july september october november december jan feb mar apr jun jul aug sep sept oct nov dec',
  'patient patients practitioner organization organisation encounter observation condition procedure bundle',
  'medication medicationrequest immunization allergyintolerance diagnosticreport careplan claim coverage',
  'person relatedperson location device specimen appointment schedule slot task questionnaire resource',
  'error errors exception warning warn info debug trace fatal failed failure success ok okay done',
  'get post put patch delete head options select insert update values where set null true false none',
  'not found bad request internal server service services client gateway timeout unauthorized forbidden',
  'invalid missing required unknown unavailable conflict created updated deleted accepted rejected pending',
  'inc llc ltd corp corporation co company group holdings partners associates foundation trust bank',
  'health healthcare medical medicine hospital clinic center centre care lab labs laboratory pharmacy',
  'university college school institute department dept office unit ward room floor building',
  'street st avenue ave road rd drive dr lane ln boulevard blvd court ct place pl suite apt apartment',
  'north south east west new old upper lower central county city state national international',
  'body height weight mass index blood pressure heart rate test result results report panel',
  'name names first last given family full middle display id identifier number code system value',
  'message messages note notes ticket session chat email phone fax mobile desk address billing shipping',
  'api http https json xml url uri sql db cache queue job worker event events user users admin team',
  'portal app application web mobile android ios windows linux version release build',
  'total count page pages item items list summary details data record records file files',
]);

/** English words that double as names (`Will`, `May`, `Grant`, `Rose`, `Young`): weak alone. */
const commonWords = toSet([
  ...englishWords,
  'will may june april august mark grant bill art sky page long hunter rich dawn faith grace hope joy',
  'miles guy don van del de la le von ben ray rose lily iris ivy holly heather daisy violet hazel',
  'jack jade amber ruby pearl crystal coral autumn winter spring summer storm river brook lane dean',
  'drew chase price cook black brown white green gray grey young little king queen prince bishop',
  'baker mason porter hall hill wood woods stone bell fox hunt love wise west north banks mills ward',
  'park parks field fields marsh moon day rice read reed power noble bond sharp short small snow',
  'swift walker webb worth bright lord major sterling justice destiny charity patience honor',
  'christian victoria florence austin dallas houston jackson lincoln madison charlotte paris sydney',
  'orlando phoenix denver tyler chester georgia virginia carolina florida indiana nevada dakota',
  'cliff glen rob sue pat gene bud buck cash clay colt jay jean joe max pete roman russell sandy',
  'case house church cross street golden beer hills',
]);

/** Surname endings that make an unknown Titlecase word look like a name (`Jeknić`, `Sandström`). */
const endings = ['ić', 'vić', 'ová', 'ova', 'ski', 'ska', 'sky', 'cki', 'dze', 'shvili', 'sson', 'sen', 'ev', 'eva', 'enko', 'escu', 'oglu', 'oğlu', 'poulos', 'opoulos', 'ez', 'stein', 'mann', 'berg'];

const nonAscii = /[\u00C0-\u024F]/u;

/** How much a token says "name": never, unknown, weak (ambiguous or name-shaped) or strong. */
export const TokenClass = { Never: -1, Unknown: 0, Weak: 1, Strong: 2 } as const;
/** One of the `TokenClass` values. */
export type TokenClass = (typeof TokenClass)[keyof typeof TokenClass];

/**
 * Classifies one Titlecase token (`Sandra`, `Maclean's`, `McDowell`, `Šušulić`). A possessive
 * `'s` is ignored. Camel-case words (`ValidationError`) are never names, except `Mc`, `Mac`,
 * `O'` and `De` prefixes; nor are words the stop lists hold.
 */
export function classify(token: string): TokenClass {
  let cls = seen.get(token);
  if (cls === undefined) {
    if (seen.size >= seenMax) seen.clear();
    cls = classifyUncached(token);
    seen.set(token, cls);
  }
  return cls;
}

/** Log text repeats its words, and rejected runs are rescanned: recent answers are kept. */
const seen = new Map<string, TokenClass>();
const seenMax = 4096;

function classifyUncached(token: string): TokenClass {
  const word = stripPossessive(token);
  if (word.length < 2 || isCamel(word)) return TokenClass.Never;
  const lower = word.toLowerCase();
  if (neverNames.has(lower)) return TokenClass.Never;
  const known = given.has(lower) || family.has(lower);
  if (commonWords.has(lower)) return known ? TokenClass.Weak : TokenClass.Never;
  if (known) return TokenClass.Strong;
  return looksLikeName(word) ? TokenClass.Weak : TokenClass.Unknown;
}

/** True for a word with accented Latin letters or a surname ending (`Šušulić`, `Gorski`). */
export function looksLikeName(word: string): boolean {
  const lower = stripPossessive(word).toLowerCase();
  return nonAscii.test(lower) || endings.some((e) => lower.endsWith(e) && lower.length > e.length + 2);
}

/** `Maclean's` -> `Maclean`. */
export function stripPossessive(word: string): string {
  return word.endsWith("'s") || word.endsWith('’s') ? word.slice(0, -2) : word;
}

/** True for a given name in the dictionary that is not also an ordinary word. */
export function isGivenName(token: string): boolean {
  const lower = token.toLowerCase();
  return given.has(lower) && !commonWords.has(lower) && !neverNames.has(lower);
}

/** True for a dictionary given name or surname that is not an ordinary word. */
export function isKnownName(token: string): boolean {
  const lower = token.toLowerCase();
  return (given.has(lower) || family.has(lower)) && !commonWords.has(lower) && !neverNames.has(lower);
}

/** An upper-case letter after the first, other than after a `Mc`/`Mac`/`O'`/`De`/`-` prefix. */
function isCamel(word: string): boolean {
  for (let i = 1; i < word.length; i++) {
    const c = word[i]!;
    if (c === c.toLowerCase()) continue;
    const before = word.slice(0, i);
    if (before === 'Mc' || before === 'Mac' || before === 'De' || before === 'Di' || before === 'La' || before === 'Le') continue;
    const prev = word[i - 1]!;
    if (prev === "'" || prev === '’' || prev === '-') continue;
    return true;
  }
  return false;
}
