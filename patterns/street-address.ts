import { defineDetector, type RewriteHelpers } from '../src/detector.js';
import { isolated } from '../src/validate.js';
import { directional, foreignStreetEnding, foreignStreetPrefix, stateCode, streetSuffix, unit, zipCode } from './address-words.js';
import { nameWord } from './name-words.js';

/** One to three Titlecase words: a city (`Fall River`, `East Hilton`). */
const city = `${nameWord}(?:[ ]${nameWord}){0,2}`;

/** `, City, ST 12345` or HL7 `^^City^ST^12345` after a street line. */
const tail = String.raw`(?:(?:,[ \t]*|\^{1,2})${city}(?:,[ \t]*|[ \t]+|\^)${stateCode}(?:(?:[ \t]+|\^)${zipCode})?\b)`;

/** House number, optional directional, 1-4 name words or ordinals, suffix, directional, unit. */
const street = String.raw`\b(?:\d{1,6}[ \t]+)?\d{1,6}[A-Za-z]?(?:[ \t]+${directional})?(?:[ \t]+(?:${nameWord}|\d{1,3}(?:st|nd|rd|th))){1,4}[ \t]+${streetSuffix}(?:[ \t]+${directional})?${unit}?`;

/**
 * U.S. street lines: `123 Park Ave Apt 123`, `586 Hilll Ranch Unit 68`, `1600 N Pennsylvania
 * Ave NW`, `34 W 5th St`, with a city/state/ZIP tail when one follows (`..., East Hilton, PA
 * 43093`, HL7 `^^Fall River^MA^02720`). The street is masked as `address`, the city as `city`
 * and the ZIP as `zip`; the state code stays (Safe Harbor allows it). Name words must be
 * Titlecase or UPPERCASE, so `3 way handshake` and `Processed 25 records` are left alone.
 * Misses: streets without a USPS suffix (`Via Franscini 71`), house numbers after the street
 * (most of Europe), lower-case addresses.
 */
export const streetAddress = defineDetector({
  id: 'street-address',
  kind: 'address',
  source: `${street}${tail}?`,
  needs: ['digit', 'upper'],
  confirm: isolated,
  rewrite: maskAddress,
});

/** PO boxes, rural and highway-contract routes, military addresses: `P.O. Box 149`, `RR 2 Box 152`, `PSC 0272, Box 1651`. */
export const postBox = defineDetector({
  id: 'post-box',
  kind: 'address',
  source: String.raw`\b(?:(?i:p\.?[ ]?o\.?[ ]*box|post[ ]+office[ ]+box)[ \t]*#?[ \t]*[0-9A-Z-]{1,10}\b|(?:RR|R\.R\.|(?i:rural[ ]route)|HC|PSC|CMR|Unit)[ \t]*\d{1,5},?[ \t]+(?i:box)[ \t]*\d{1,6}\b(?:,?[ \t\n]*(?:APO|FPO|DPO)[ \t]+A[AEP](?:[ \t]+\d{5})?)?)`,
  needs: ['digit', 'letter'],
});

/**
 * Anything number-led after an address cue, any country: `address: 594 Hegedûs Gyula utca 76`,
 * `lives at 86036 Rua do Arenque 1634, Goiânia`, `Patient_street=2524 Simonis Falls`.
 * Up to eight words are masked; a long line beyond them stays.
 */
export const addressLabelled = defineDetector({
  id: 'address-labelled',
  kind: 'address',
  source: String.raw`(?:\b|_)(?i:address(?:[ _-]?line[ _-]?\d)?|addr\d?|street|residence|resides[ \t]at|lives[ \t](?:at|on|in)|located[ \t]at|ship(?:ping)?[ \t]to|mailing)["']?[ \t]*(?:[:=][ \t]*)?["']?[ \t]*(\d{1,6}[A-Za-z]?(?:(?:[ \t]+|,[ \t]*)[A-Za-z\x{C0}-\x{24F}0-9.'#-]+){1,8})`,
  group: 1,
  needs: ['digit', 'letter'],
});

/** A city after a `city` label: `city=Rollandside`, `Patient_city: South Jim`, `"city":"Fall River"`. */
export const cityLabelled = defineDetector({
  id: 'city-labelled',
  kind: 'city',
  source: String.raw`(?:\b|_)(?i:city|town|municipality|birth[ _-]?place)["']?[ \t]*[:=][ \t]*["']?(${city})`,
  group: 1,
  needs: ['upper'],
});

/**
 * A building number before a U.S. street line (`3378 217 Lovers Lane`) is part of it.
 * House number, street name, number (most of Europe and Latin America writes both):
 * `4923 Parmova 109`, `31195 Piazza Rezzonico 35`, `6614 Luite tee 87`; and a unit standing on
 * its own line (`Apt. 902`, `Suite 380`). The name must start Titlecase, so `25 records in 300`
 * stays. Misses: addresses without any house number.
 */
export const streetNumbered = defineDetector({
  id: 'street-numbered',
  kind: 'address',
  source: String.raw`\b\d{1,6}[ \t]+${nameWord}(?:[ \t]+[A-Za-z\x{C0}-\x{24F}.'-]{2,20}){0,3}[ \t]+\d{1,5}[A-Za-z]?\b|\b(?:Apt|Apartment|Suite|Ste)\.?[ \t]*#?[ \t]*\d{1,6}[A-Za-z]?\b`,
  needs: ['digit', 'upper'],
  confirm: (text, start, end) => isolated(text, start, end) && !shortCodeFirst(text, start),
});

/** `4242 PID 4242`: a short upper-case code after the first number is an acronym, not a street name. */
function shortCodeFirst(text: string, start: number): boolean {
  const m = /^\d{1,6}[ \t]+([A-Z]{1,4})[ \t]/.exec(text.slice(start, start + 16));
  return m !== null;
}

/** Upper-case Latin letters, accented ones included (`Ł`, `Ś`, `Ø`). */
const upperL = String.raw`[A-Z\x{C0}-\x{DE}\x{100}-\x{17F}]`;
const lowerL = String.raw`[a-z\x{DF}-\x{FF}\x{100}-\x{17F}]`;
const titleWord = String.raw`${upperL}[A-Za-z\x{C0}-\x{24F}'.-]*`;

/**
 * Streets written name first, number after, with no house number before them (most of Europe,
 * Latin America): a name ending in a street type (`Vesterskovvej 79`, `Hansinegata 120`,
 * `Pachergasse 64`), a street-type word before Titlecase words (`Via Franscini 71`,
 * `ul. Słowicza 10`, `Rua do Arenque 1634`), and two numbers before two to four Titlecase words
 * (`9816 214 Pavlou Drandaki`). The street and its number are masked.
 * Left alone: `Spring 2024`, `via Email 2`, `Processed 25 records`, `3 way handshake`.
 * Misses: streets with neither a known street type nor a leading number (`Drottninghamn 4`).
 */
export const streetForeign = defineDetector({
  id: 'street-foreign',
  kind: 'address',
  source: String.raw`\b(?:${titleWord}[ \t]+)?${upperL}[A-Za-z\x{C0}-\x{24F}'-]+${foreignStreetEnding}[ \t]+\d{1,5}[A-Za-z]?\b|\b(?:\d{1,6}[ \t]+)?${foreignStreetPrefix}[ \t]+(?:(?:d[aeiou]s?|de|del|della|di|la|le)[ \t]+)?${titleWord}(?:[ \t]+${titleWord}){0,3}[ \t]+\d{1,5}[A-Za-z]?\b|\b\d{1,6}[ \t]+\d{1,5}[ \t]+${upperL}${lowerL}+(?:[ \t]+${upperL}${lowerL}+){1,3}`,
  needs: ['digit', 'upper'],
  confirm: isolated,
});

/** Every address detector. */
export const addressDetectors = [streetAddress, postBox, addressLabelled, cityLabelled, streetNumbered, streetForeign] as const;

/** Masks street, city and ZIP apart, keeping separators and the state code. */
function maskAddress(value: string, helpers: RewriteHelpers): string {
  const m = tailShape.exec(value);
  if (m === null) return helpers.mask('address', value);
  const [, sep1 = '', town = '', sep2 = '', state = '', sep3 = '', zip = ''] = m;
  const streetPart = value.slice(0, m.index);
  let out = helpers.mask('address', streetPart) + sep1 + helpers.mask('city', town) + sep2 + state;
  if (zip !== '') out += sep3 + helpers.mask('zip', zip);
  return out;
}

// Runs on one bounded match only; no nested quantifiers.
const tailShape = /(,[ \t]*|\^{1,2})([^,^\d]{1,60}?)(,[ \t]*|[ \t]+|\^)([A-Z]{2})(?:([ \t]+|\^)(\d{5}(?:-\d{4})?))?$/;
