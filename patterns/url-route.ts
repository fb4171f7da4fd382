/**
 * Route templates: `/patients/123-45-6789/notes?dob=1984-03-07` becomes `/patients/:id/notes`.
 * Adapters use it for names that must be low-cardinality and PHI-free (Sentry transaction
 * names, OTel span names) when the framework did not supply a route.
 */

/**
 * Path words after which the next segment identifies a person or one of their records
 * (`/patients/123`, `/fhir/Patient/abc`, `/api/users/jroe`, `/Encounter/<uuid>`). Lower-case.
 */
export const personNouns: ReadonlySet<string> = new Set([
  'patient', 'patients', 'person', 'persons', 'people', 'relatedperson', 'member', 'members',
  'user', 'users', 'mrn', 'mrns', 'subject', 'subjects', 'beneficiary', 'beneficiaries',
  'client', 'clients', 'customer', 'customers', 'account', 'accounts', 'guarantor',
  'guarantors', 'insured', 'enrollee', 'enrollees', 'resident', 'residents', 'contact',
  'contacts', 'profile', 'profiles', 'by-email', 'by-name', 'by-phone', 'by-mrn', 'by-ssn',
  'email', 'emails', 'phone', 'ssn', 'dob', 'name', 'names',
  // Records in a patient's compartment: their ids are as identifying as the patient's.
  'encounter', 'encounters', 'visit', 'visits', 'admission', 'admissions', 'appointment',
  'appointments', 'observation', 'observations', 'condition', 'conditions', 'procedure',
  'procedures', 'claim', 'claims', 'coverage', 'coverages', 'immunization', 'immunizations',
  'allergyintolerance', 'diagnosticreport', 'diagnosticreports', 'documentreference',
  'medicationrequest', 'medicationrequests', 'specimen', 'specimens', 'episodeofcare',
  'careplan', 'careplans', 'chart', 'charts', 'record', 'records',
]);

/** Segments that follow a person noun but name an action, not a person (`/users/me`). */
const actionWords: ReadonlySet<string> = new Set(['me', 'self', 'current', 'search', 'new', 'count', 'all', 'bulk', 'batch']);

/** FHIR resource types and other Titlecase route words kept as they are. */
const titleWords: ReadonlySet<string> = new Set([
  'Patient', 'Person', 'RelatedPerson', 'Practitioner', 'PractitionerRole', 'Organization',
  'Encounter', 'Observation', 'Condition', 'Procedure', 'MedicationRequest', 'Medication',
  'MedicationStatement', 'MedicationAdministration', 'MedicationDispense', 'AllergyIntolerance',
  'Immunization', 'DiagnosticReport', 'DocumentReference', 'Binary', 'Bundle', 'Composition',
  'CarePlan', 'CareTeam', 'Claim', 'ClaimResponse', 'Coverage', 'Device', 'Location',
  'Appointment', 'Schedule', 'Slot', 'ServiceRequest', 'Specimen', 'Consent', 'Provenance',
  'AuditEvent', 'Communication', 'Goal', 'Group', 'List', 'Task', 'Questionnaire',
  'QuestionnaireResponse', 'ValueSet', 'CodeSystem', 'ConceptMap', 'StructureDefinition',
  'CapabilityStatement', 'OperationOutcome', 'Parameters', 'Subscription', 'EpisodeOfCare',
  'ExplanationOfBenefit', 'FamilyMemberHistory', 'ImagingStudy', 'Media', 'Account',
  'Invoice', 'Endpoint', 'HealthcareService', 'Flag', 'RiskAssessment', 'NutritionOrder',
  'DeviceRequest', 'Basic', 'Library', 'Measure', 'MeasureReport', 'PlanDefinition',
]);

/** Placeholder for a dynamic segment. */
const placeholder = ':id';

/**
 * Turns a raw request target into a route template: `GET /patients/123/notes?dob=x` becomes
 * `GET /patients/:id/notes`. Query and fragment are dropped; a leading HTTP method and a
 * scheme, host and port are kept. Every segment after a person noun (`patients`, `Patient`,
 * `users`, `members`, `mrn`, ...) becomes `:id`, and so does any segment that is not plainly a
 * route word: anything with a digit (ids, UUIDs, dates; `v1`, `R4`, `oauth2` are kept), `@`,
 * spaces, percent-escapes that decode to such, or a Titlecase word that is not a FHIR type.
 * Misses: lower-case words that are data (`/lookup/smith`) unless a person noun precedes them.
 * @example templateRoute('/api/users/12345') // '/api/users/:id'
 */
export function templateRoute(path: string): string {
  const text = String(path);
  let prefix = '';
  let rest = text;
  const method = /^[A-Z]{3,7} /.exec(rest);
  if (method) {
    prefix = method[0];
    rest = rest.slice(prefix.length);
  }
  const origin = /^[A-Za-z][A-Za-z0-9+.-]{0,15}:\/\/[^/?#\s]*/.exec(rest);
  if (origin) {
    prefix += origin[0];
    rest = rest.slice(origin[0].length);
  }
  const cut = rest.search(/[?#]/);
  if (cut !== -1) rest = rest.slice(0, cut);
  // A trailing ` HTTP/1.1` of a request line is not part of the path.
  const proto = / HTTP\/\d(?:\.\d)?$/.exec(rest);
  let suffix = '';
  if (proto) {
    suffix = proto[0];
    rest = rest.slice(0, proto.index);
  }
  const segments = rest.split('/');
  let afterPerson = false;
  for (let i = 0; i < segments.length; i++) {
    const raw = segments[i]!;
    if (raw === '') continue;
    const decoded = decodeSegment(raw);
    if (afterPerson && !isAction(decoded)) {
      segments[i] = placeholder;
      afterPerson = false;
      continue;
    }
    if (!isRouteWord(decoded)) {
      segments[i] = placeholder;
      afterPerson = false;
      continue;
    }
    afterPerson = personNouns.has(decoded.toLowerCase());
  }
  return prefix + segments.join('/') + suffix;
}

/** True for a segment that reads as a fixed route word, not data. */
export function isRouteWord(segment: string): boolean {
  if (segment.length === 0 || segment.length > 40) return false;
  if (/^[$_]?[a-z][a-z_.-]*$/.test(segment)) return true; // notes, _search, $everything, index.html
  if (/^(?:v\d{1,3}(?:\.\d{1,3}){0,2}|R\d[A-Z]?|STU\d|[a-z]{2,}\d)$/.test(segment)) return true; // v1, R4, oauth2
  if (titleWords.has(segment)) return true;
  // camelCase route words (`getPatients`, `healthCheck`); a lone Titlecase word may be a name.
  return /^[a-z]+(?:[A-Z][a-z]+)+$/.test(segment);
}

/** True for segments after a person noun that are actions, not people (`/users/me`, `/Patient/$everything`). */
export function isAction(segment: string): boolean {
  return actionWords.has(segment) || /^[$_][a-z][a-z-]*$/.test(segment);
}

/** Percent-decodes one segment; a malformed escape yields a value that is never a route word. */
export function decodeSegment(segment: string): string {
  if (!segment.includes('%')) return segment;
  try {
    return decodeURIComponent(segment);
  } catch {
    return ' ';
  }
}
