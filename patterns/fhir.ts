import { defineDetector } from '../src/detector.js';
import type { ObjectRule, ObjectTags } from '../src/walk.js';
import {
  compartmentDateKeys,
  compartmentTypes,
  extensionKinds,
  identifierKinds,
  identifierSystems,
  personEvidenceKeys,
  personTypes,
  telecomKinds,
} from './fhir-tables.js';

/**
 * The FHIR preset as an object rule: tags a FHIR element's fields from its own content, so one
 * rule covers resources logged bare, inside a Bundle, inside a log record or as a JSON string.
 *
 * - Patient, Person, RelatedPerson are persons: names, ids, telecom, addresses, birth and death
 *   dates, photos and contacts are masked (the key dictionary knows those keys inside a person).
 * - Identifiers are masked by `type.coding.code` (MR → mrn, SS → ssn, DL → license,
 *   PPN → passport, MB → id, ...) or by `system` (us-ssn); `system`, `type` and `use` stay.
 * - ContactPoint values are masked as phone or email by `system`.
 * - Extensions by `url`: mothersMaidenName → name, birthPlace → address (state and country
 *   stay), birthTime → date, geolocation latitude/longitude → geo (JSON numbers too); US Core
 *   race, ethnicity and birth sex are kept; other extensions of a person are masked.
 * - References to a person (`Patient/<id>`, or any reference inside a person's element such as
 *   `subject`) lose their id and display; a Bundle entry's `fullUrl` is masked when its resource
 *   is a person or sits in a patient's compartment.
 * - Patient-compartment resources (Encounter, Observation, Condition, ...): their own `id`,
 *   `identifier` and dates (period, effective[x], onset[x], issued, ...) are masked; `meta` stays.
 * - Objects shaped like a person without a `resourceType` (`{name, birthDate}`, `{name, mrn}`)
 *   are treated as persons, unless they look like a log record envelope.
 * Misses: PHI in free text (narratives, `CodeableConcept.text`) unless a detector or a known value
 * from the same record finds it; contained resources are judged by their own `resourceType`.
 */
export const fhirRule: ObjectRule = (o, context) => {
  const rt = own(o, 'resourceType');
  if (typeof rt === 'string') return resourceTags(rt);
  const url = own(o, 'url');
  if (typeof url === 'string' && url.length > 0) {
    const t = extensionTags(o, url, context.person);
    if (t !== undefined) return t;
  }
  const ref = own(o, 'reference');
  if (typeof ref === 'string') return referenceTags(ref, context.person);
  if (has(o, 'value')) {
    const t = valueTags(o, context.person);
    if (t !== undefined) return t;
  }
  if (has(o, 'fullUrl') && has(o, 'resource')) return entryTags(o);
  if (!context.person && has(o, 'name') && isPersonShaped(o)) return { person: true };
  return undefined;
};

const personTags: ObjectTags = Object.freeze({ person: true, fields: Object.freeze({ meta: 'safe' }) });
const compartmentTags = new Map<string, ObjectTags>();
const resourceOnly: ObjectTags = Object.freeze({ fields: Object.freeze({ meta: 'safe' }) });

function resourceTags(rt: string): ObjectTags {
  if (personTypes.has(rt)) return personTags;
  if (!compartmentTypes.has(rt)) return resourceOnly;
  let t = compartmentTags.get(rt);
  if (t === undefined) {
    const fields: Record<string, string> = { meta: 'safe', id: 'id', identifier: 'id' };
    for (const k of compartmentDateKeys) fields[k] = 'date';
    for (const k of ['encounter', 'partOf', 'episodeOfCare', 'basedOn', 'context']) fields[k] = 'id';
    if (rt === 'Coverage') Object.assign(fields, { subscriberId: 'id', dependent: 'id' });
    if (rt === 'Account') fields.name = 'name';
    if (rt === 'Device') Object.assign(fields, { udiCarrier: 'device', serialNumber: 'device', lotNumber: 'device', distinctIdentifier: 'device' });
    t = Object.freeze({ fields: Object.freeze(fields) });
    compartmentTags.set(rt, t);
  }
  return t;
}

const extensionKindMap: ReadonlyMap<string, string> = new Map(Object.entries(extensionKinds));
const inheritedNames: ReadonlySet<string> = new Set(Object.getOwnPropertyNames(Object.prototype));
const shapeOf = (length: number, first: number): number => length * 65536 + first;
const nameShapes: ReadonlySet<number> = new Set(
  [...extensionKindMap.keys(), ...inheritedNames].map((n) => shapeOf(n.length, n.length > 0 ? n.charCodeAt(0) : 0)),
);

function extensionTags(o: Readonly<Record<string, unknown>>, url: string, person: boolean): ObjectTags | undefined {
  if (url === 'latitude' || url === 'longitude') return valueKeys(o, 'geo');
  const absolute = url.includes('/') || url.includes(':');
  if (!absolute) return undefined; // nested extension parts (`ombCategory`, `text`) follow their parent
  let at = url.length; // the name is url.slice(at), after the last '/' (a loop: lastIndexOf is slow)
  while (at > 0 && url.charCodeAt(at - 1) !== 47) at--;
  const length = url.length - at;
  if (length === 11 && url.endsWith('geolocation')) return { fields: { extension: 'geo' } };
  let kind: string | undefined;
  // Only a name whose length and first character some table entry has is looked up (a Map, not
  // a keyed load with an arbitrary string); names of Object.prototype's own properties still
  // read the table itself, as before.
  if (nameShapes.has(shapeOf(length, length > 0 ? url.charCodeAt(at) : 0))) {
    const name = url.slice(at);
    kind = extensionKindMap.get(name) ?? (inheritedNames.has(name) ? extensionKinds[name] : undefined);
  }
  if (kind !== undefined) return valueKeys(o, kind, kind === 'safe');
  return person ? valueKeys(o, 'extension') : undefined;
}

/** Tags every own `value[x]` key (and nested `extension` when `nested`) as `kind`. */
function valueKeys(o: Readonly<Record<string, unknown>>, kind: string, nested = false): ObjectTags | undefined {
  const fields: Record<string, string> = {};
  for (const k of Object.keys(o)) if (k.startsWith('value')) fields[k] = kind;
  if (nested) fields.extension = kind;
  return { fields };
}

const personRef = /(?:^|\/)(?:Patient|Person|RelatedPerson)\/[^/]/;

function referenceTags(ref: string, person: boolean): ObjectTags | undefined {
  if (person || personRef.test(ref)) return { fields: { reference: 'id', display: 'name', identifier: 'id' } };
  return undefined;
}

function valueTags(o: Readonly<Record<string, unknown>>, person: boolean): ObjectTags | undefined {
  const system = own(o, 'system');
  if (typeof system === 'string' && Object.prototype.hasOwnProperty.call(telecomKinds, system)) {
    return person ? { fields: { value: telecomKinds[system]! } } : undefined;
  }
  const typed = identifierType(own(o, 'type'));
  if (typed !== undefined) return { fields: { value: typed } };
  if (typeof system === 'string') {
    for (const [part, kind] of identifierSystems) if (system.includes(part)) return { fields: { value: kind } };
  }
  return undefined;
}

/** The kind for `Identifier.type.coding[].code`, reading at most four codings. */
function identifierType(type: unknown): string | undefined {
  if (typeof type !== 'object' || type === null) return undefined;
  const coding = (type as { coding?: unknown }).coding;
  if (!Array.isArray(coding)) return undefined;
  for (let i = 0; i < coding.length && i < 4; i++) {
    const code = (coding[i] as { code?: unknown } | null)?.code;
    if (typeof code === 'string' && Object.prototype.hasOwnProperty.call(identifierKinds, code)) return identifierKinds[code];
  }
  return undefined;
}

function entryTags(o: Readonly<Record<string, unknown>>): ObjectTags | undefined {
  const resource = own(o, 'resource');
  const rt = typeof resource === 'object' && resource !== null ? (resource as { resourceType?: unknown }).resourceType : undefined;
  if (typeof rt === 'string' && (personTypes.has(rt) || compartmentTypes.has(rt))) return { fields: { fullUrl: 'id' } };
  return undefined;
}

const envelopeHints = ['level', 'msg', 'hostname', 'pid', 'time', 'timestamp', 'severity'];

function isPersonShaped(o: Readonly<Record<string, unknown>>): boolean {
  for (const k of envelopeHints) if (has(o, k)) return false;
  for (const k of personEvidenceKeys) if (has(o, k)) return true;
  return false;
}

function has(o: object, key: string): boolean {
  return Object.prototype.hasOwnProperty.call(o, key);
}

function own(o: Readonly<Record<string, unknown>>, key: string): unknown {
  return has(o, key) ? o[key] : undefined;
}

/**
 * FHIR search and diagnostics text that names a patient's identifier or resource id:
 * `identifier=http://hospital.org|12345`, `Patient with identifier http://x|cb56...`,
 * `Patient/27de96c6-...`, `RelatedPerson/rp1`. The label, the system and the resource type stay.
 * The match starts at the label so a URL detector's span over the system does not swallow it.
 * Misses: ids of other resource types (`Encounter/123`), bare ids.
 */
export const fhirPatientId = defineDetector({
  id: 'fhir-patient-id',
  kind: 'id',
  source: String.raw`(?:\bidentifier(?:=|:|%3[Dd]|\s+)[^\s|&"']{0,200}(?:\||%7[Cc])|\b(?:Patient|Person|RelatedPerson)/)[A-Za-z0-9][A-Za-z0-9._-]{0,63}`,
  needs: ['letter'],
  rewrite: (value, helpers) => {
    const cut = Math.max(value.lastIndexOf('|'), value.lastIndexOf('%7C'), value.lastIndexOf('%7c'), value.lastIndexOf('/'));
    const at = value[cut] === '%' ? cut + 3 : cut + 1;
    return value.slice(0, at) + helpers.mask('id', value.slice(at));
  },
});
