import { defineDetector, type RewriteHelpers } from '../src/detector.js';
import { validDay } from '../src/validate.js';
import { cxTypeKinds, hl7Fields, obxCoded, obxDates, obxOpaque, type FieldSpec } from './hl7v2-fields.js';

/** Segments that start a message fragment logged without its `MSH` header. */
const headless = 'PID|PD1|NK1|PV1|PV2|IN1|IN2|GT1|MRG|OBX|OBR|ORC|SPM|NTE|EVN';

/**
 * HL7 v2 messages inside a string: from `MSH|` (or a patient segment such as `PID|` logged on its
 * own) to the end of the string or the MLLP end byte (0x1C). Segments may end with CR, LF, CRLF,
 * or a rendered `\r`, `\n`, `<CR>` or `\x0d` followed by a segment id. Separators are read from
 * MSH-1 and MSH-2. PHI is masked by position (see `hl7Fields`), one mask per component, so the
 * message keeps its separators and still splits into the same segments, fields and components.
 * Fields not in the table, unknown segments and free text (OBX-5, NTE-3) go through every
 * detector, and any component that reads as an HL7 date-time is masked. Codes, displays, segment
 * ids and MSH fields other than MSH-7 survive; escape sequences in kept text stay as they are.
 * A message whose MSH-1 declares another field separator (`MSH#^~\&#...`) is read with it.
 * Misses: a fragment without `MSH` whose separator is not `|`, or that starts with a segment not
 * listed above (its text is still scanned by the other detectors).
 */
export const hl7v2 = defineDetector({
  id: 'hl7v2',
  kind: 'hl7',
  // MSH-1 is the field separator: any punctuation right after `MSH` followed by the four
  // encoding characters' first one (`MSH|^~\&`, `MSH#^~\&`); fragments without MSH use `|`.
  source: String.raw`\b(?:MSH[!-/:-@\[-\x60{-~][!-/:-@\[-\x60{-~]|(?:${headless})\|)[^\x1c]*`,
  needs: ['upper'],
  priority: 10,
  rewrite: (value, helpers) => redactHl7(value, helpers),
});

interface Separators {
  field: string;
  component: string;
  repetition: string;
  subcomponent: string;
}

/** Helpers plus the values this message revealed in its structured fields (lower case). */
interface Ctx extends RewriteHelpers {
  readonly known: Array<[string, string]>;
}

const learned: ReadonlySet<string> = new Set(['name', 'mrn', 'id', 'ssn', 'account', 'license', 'passport']);
const maxKnown = 64;

const defaults: Separators = { field: '|', component: '^', repetition: '~', subcomponent: '&' };

/** Masks PHI in an HL7 v2 message by field position; everything else is scanned. */
export function redactHl7(message: string, helpers: RewriteHelpers): string {
  const known: Array<[string, string]> = [];
  const ctx: Ctx = {
    known,
    scan: (text) => (known.length === 0 ? helpers.scan(text) : maskKnown(helpers.scan(text), known, helpers)),
    mask: (kind, value) => {
      if (learned.has(kind) && known.length < maxKnown) learn(known, kind, value);
      // The rest of the record (sibling fields, narratives) loses these values too.
      if (learned.has(kind)) helpers.learn?.(kind, value);
      return helpers.mask(kind, value);
    },
  };
  let sep = defaults;
  let framed = false; // a message with an MSH header: its code fields may be kept unscanned
  let out = '';
  for (const [segment, delimiter] of segments(message)) {
    if (segment.startsWith('MSH') && segment.length > 4) {
      sep = separatorsOf(segment);
      framed = true;
    }
    out += redactSegment(segment, sep, framed, ctx) + delimiter;
  }
  return out;
}

/** Splits `text` into segments, each with the delimiter that ended it (kept verbatim). */
function* segments(text: string): Generator<[string, string]> {
  let start = 0;
  let i = 0;
  while (i < text.length) {
    const c = text.charCodeAt(i);
    let len = 0;
    if (c === 13) len = text.charCodeAt(i + 1) === 10 ? 2 : 1;
    else if (c === 10) len = 1;
    else if (c === 92 /* \ */ || c === 60 /* < */) len = renderedBreak(text, i);
    if (len === 0) {
      i++;
      continue;
    }
    yield [text.slice(start, i), text.slice(i, i + len)];
    i += len;
    start = i;
  }
  yield [text.slice(start), ''];
}

/** Length of a rendered segment break (`\r`, `\n`, `\r\n`, `<CR>`, `\x0d`) at `i` followed by a segment id. */
function renderedBreak(text: string, i: number): number {
  let j = i;
  for (;;) {
    const two = text.slice(j, j + 2);
    if (two === '\\r' || two === '\\n') j += 2;
    else if (text.startsWith('<CR>', j) || text.startsWith('<cr>', j)) j += 4;
    else if (text.startsWith('\\x0d', j) || text.startsWith('\\x0D', j)) j += 4;
    else break;
  }
  if (j === i) return 0;
  return isSegmentId(text, j) && text.charCodeAt(j + 3) === 124 ? j - i : 0;
}

function isSegmentId(text: string, at: number): boolean {
  const a = text.charCodeAt(at);
  if (!(a >= 65 && a <= 90)) return false;
  for (let k = at + 1; k < at + 3; k++) {
    const c = text.charCodeAt(k);
    if (!((c >= 65 && c <= 90) || (c >= 48 && c <= 57))) return false;
  }
  return true;
}

/** Separators from MSH-1 and MSH-2; a duplicate or missing character falls back to the default. */
function separatorsOf(msh: string): Separators {
  const field = msh[3]!;
  const end = msh.indexOf(field, 4);
  const chars: string[] = [];
  for (const ch of msh.slice(4, end === -1 ? Math.min(msh.length, 9) : Math.min(end, 9))) {
    if (ch !== field && !chars.includes(ch) && !/[A-Za-z0-9\s]/.test(ch)) chars.push(ch);
  }
  const pick = (i: number, d: string): string => (chars[i] !== undefined && chars[i] !== field ? chars[i]! : d);
  return { field, component: pick(0, '^'), repetition: pick(1, '~'), subcomponent: pick(3, '&') };
}

function redactSegment(segment: string, sep: Separators, framed: boolean, helpers: RewriteHelpers): string {
  if (segment.length === 0) return segment;
  if (!isSegmentId(segment, 0) || segment[3] !== sep.field) return helpers.scan(segment);
  const id = segment.slice(0, 3);
  const fields = segment.split(sep.field);
  const table = hl7Fields[id];
  const isMsh = id === 'MSH';
  const obxType = id === 'OBX' ? (fields[2] ?? '').split(sep.component)[0]!.trim().toUpperCase() : '';
  for (let i = 1; i < fields.length; i++) {
    const f = fields[i]!;
    if (f.length === 0) continue;
    if (isMsh && i === 1) continue; // MSH-2, the encoding characters
    const number = isMsh ? i + 1 : i;
    let spec: FieldSpec | undefined = table?.[number];
    if (id === 'OBX' && number === 5) spec = obxSpec(obxType);
    if (!framed && (spec === 'keep' || spec === 'code')) spec = undefined;
    if (spec === 'keep') continue;
    const reps = isMsh ? [f] : f.split(sep.repetition);
    fields[i] = reps.map((r) => redactRepetition(r, spec, sep, helpers)).join(sep.repetition);
  }
  return fields.join(sep.field);
}

function obxSpec(type: string): FieldSpec | undefined {
  if (obxCoded.has(type)) return 'code';
  if (obxDates.has(type)) return 'date';
  if (obxOpaque.has(type)) return 'st:document';
  return undefined;
}

function redactRepetition(rep: string, spec: FieldSpec | undefined, sep: Separators, h: RewriteHelpers): string {
  if (rep.length === 0 || rep === '""') return rep;
  const colon = spec === undefined ? -1 : spec.indexOf(':');
  const type = spec === undefined ? 'scan' : colon === -1 ? spec : spec.slice(0, colon);
  const kind = colon === -1 ? 'id' : spec!.slice(colon + 1);
  if (type === 'st') return h.mask(kind, rep);
  const comps = rep.split(sep.component);
  const plan = componentPlan(type, kind, comps, sep);
  for (let c = 0; c < comps.length; c++) {
    const v = comps[c]!;
    if (v.length === 0) continue;
    const action = plan(c, v);
    if (action === 'keep') continue;
    if (action === 'scan') comps[c] = scanComponent(v, sep, h);
    else if (action.startsWith('sub:')) comps[c] = maskFirstSub(v, action.slice(4), sep, h);
    else comps[c] = h.mask(action, v);
  }
  return comps.join(sep.component);
}

type Action = 'keep' | 'scan' | string;

/** What happens to each component of one repetition: `keep`, `scan`, `sub:<kind>` or a kind to mask. */
function componentPlan(type: string, kind: string, comps: readonly string[], sep: Separators): (c: number, v: string) => Action {
  switch (type) {
    case 'code':
      // Identifier, text and coding system (and their alternates) stay; versions and original text are scanned.
      return (c) => (c < 6 ? 'keep' : 'scan');
    case 'date':
      return (_c, v) => (/\d/.test(v) ? 'date' : 'keep');
    case 'cx': {
      const typed = cxTypeKinds[(comps[4] ?? '').trim().toUpperCase()] ?? kind;
      return (c) => (c <= 1 ? typed : c <= 5 ? 'keep' : 'scan');
    }
    case 'ei':
      // EIP holds two EIs as components, their parts as subcomponents.
      if (comps[0]!.includes(sep.subcomponent)) return () => `sub:${kind}`;
      return (c) => (c === 0 ? kind : c <= 3 ? 'keep' : 'scan');
    case 'xpn':
      return (c) => (c <= 3 ? 'name' : c <= 6 ? 'keep' : 'scan');
    case 'xad':
      return (c) => (c <= 2 || (c >= 7 && c <= 9) ? 'address' : c === 4 ? 'zip' : c === 3 || c === 5 || c === 6 ? 'keep' : 'scan');
    case 'xtn':
      return (c, v) => (c === 0 ? (v.includes('@') ? 'email' : 'phone') : c === 3 ? 'email' : c === 1 || c === 2 || c === 4 ? 'keep' : c <= 7 || c === 11 ? 'phone' : 'scan');
    case 'dln':
      return (c) => (c === 0 ? 'license' : c === 1 ? 'keep' : c === 2 ? 'date' : 'scan');
    case 'xon':
      return (c) => (c === 0 ? 'name' : 'scan');
    default:
      return () => 'scan';
  }
}

/**
 * Scans each subcomponent. One that reads as an HL7 date-time is masked as a date, and a UUID as
 * an id: inside a message a UUID is a record key (senders put visit numbers in odd fields).
 */
function scanComponent(v: string, sep: Separators, h: RewriteHelpers): string {
  const subs = v.split(sep.subcomponent);
  for (let s = 0; s < subs.length; s++) {
    const x = subs[s]!;
    if (x.length === 0) continue;
    subs[s] = isHl7DateTime(x) ? h.mask('date', x) : isUuid(x) ? h.mask('id', x) : h.scan(x);
  }
  return subs.join(sep.subcomponent);
}

function maskFirstSub(v: string, kind: string, sep: Separators, h: RewriteHelpers): string {
  const subs = v.split(sep.subcomponent);
  if (subs[0]!.length > 0) subs[0] = h.mask(kind, subs[0]!);
  for (let s = 1; s < subs.length; s++) subs[s] = scanComponent(subs[s]!, sep, h);
  return subs.join(sep.subcomponent);
}

/**
 * True for an HL7 DT/DTM value with at least a full date: `YYYYMMDD[HH[MM[SS[.S{1,4}]]]][+/-ZZZZ]`,
 * years 1800-2099, a real calendar day. Codes of other lengths (SNOMED, LOINC) are not dates.
 */
export function isHl7DateTime(v: string): boolean {
  const n = v.length;
  if (n < 8 || n > 24) return false;
  let i = 0;
  while (i < n && v.charCodeAt(i) >= 48 && v.charCodeAt(i) <= 57) i++;
  const digits = i;
  if (digits !== 8 && digits !== 10 && digits !== 12 && digits !== 14) return false;
  if (i < n && v[i] === '.') {
    let j = i + 1;
    while (j < n && v.charCodeAt(j) >= 48 && v.charCodeAt(j) <= 57) j++;
    if (digits !== 14 || j - i - 1 < 1 || j - i - 1 > 4) return false;
    i = j;
  }
  if (i < n) {
    if ((v[i] !== '+' && v[i] !== '-') || n - i !== 5 || !/^\d{4}$/.test(v.slice(i + 1))) return false;
  }
  const year = Number(v.slice(0, 4));
  if (year < 1800 || year > 2099 || !validDay(year, Number(v.slice(4, 6)), Number(v.slice(6, 8)))) return false;
  if (digits >= 10 && Number(v.slice(8, 10)) > 23) return false;
  return digits < 12 || Number(v.slice(10, 12)) <= 59;
}

function isUuid(v: string): boolean {
  return v.length === 36 && /^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$/.test(v);
}

/** Remembers a masked value's tokens, so free text later in the message loses them too. */
function learn(known: Array<[string, string]>, kind: string, value: string): void {
  const parts = kind === 'name' ? value.split(/[\s&,]+/) : [value.trim()];
  for (const p of parts) {
    const t = p.toLowerCase();
    if (t.length >= (kind === 'name' ? 3 : 4) && !known.some(([k]) => k === t)) known.push([t, kind]);
  }
}

/**
 * Masks whole-word, case-insensitive occurrences of known values in already scanned text. Short
 * tokens (four letters or fewer) count only where capitalised, so a name `May` spares `may`.
 */
function maskKnown(text: string, known: ReadonlyArray<[string, string]>, h: RewriteHelpers): string {
  const lower = text.toLowerCase();
  if (lower.length !== text.length) return text; // case mapping changed lengths: offsets unsafe
  const spans: Array<[number, number, string]> = [];
  for (const [k, kind] of known) {
    for (let at = lower.indexOf(k); at !== -1; at = lower.indexOf(k, at + 1)) {
      const end = at + k.length;
      if (word(text, at - 1) || word(text, end) || (k.length <= 4 && /[a-z]/.test(text[at]!))) continue;
      if (!spans.some(([a, b]) => at < b && end > a)) spans.push([at, end, kind]);
    }
  }
  if (spans.length === 0) return text;
  spans.sort((a, b) => a[0] - b[0]);
  let out = '';
  let at = 0;
  for (const [start, end, kind] of spans) {
    out += text.slice(at, start) + h.mask(kind, text.slice(start, end));
    at = end;
  }
  return out + text.slice(at);
}

function word(s: string, i: number): boolean {
  if (i < 0 || i >= s.length) return false;
  return /[\p{L}\p{N}]/u.test(s[i]!);
}
