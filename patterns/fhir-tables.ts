/**
 * What the FHIR preset knows about FHIR R4 (and DSTU2) resources, after PHI-IDENTIFIERS §23.2.
 * Plain data, shared by the object rule (`fhirRule`) and the schema tags (`fhirFields`).
 */

/** Resources that are a person: their names, ids, contacts, addresses and dates are PHI. */
export const personTypes: ReadonlySet<string> = new Set(['Patient', 'Person', 'RelatedPerson']);

/**
 * Resources in a patient's compartment: their own `id`, identifiers and dates identify a
 * patient's care (an encounter id is a visit number). `meta` is left to the usual rules.
 */
export const compartmentTypes: ReadonlySet<string> = new Set([
  'Account', 'AdverseEvent', 'AllergyIntolerance', 'Appointment', 'AppointmentResponse', 'CarePlan',
  'CareTeam', 'Claim', 'ClaimResponse', 'ClinicalImpression', 'Communication', 'CommunicationRequest',
  'Composition', 'Condition', 'Consent', 'Coverage', 'CoverageEligibilityRequest', 'DetectedIssue',
  'DeviceRequest', 'DeviceUseStatement', 'DiagnosticReport', 'DocumentReference', 'Encounter',
  'EpisodeOfCare', 'ExplanationOfBenefit', 'FamilyMemberHistory', 'Flag', 'Goal', 'ImagingStudy',
  'Immunization', 'ImmunizationRecommendation', 'Media', 'MedicationAdministration',
  'MedicationDispense', 'MedicationRequest', 'MedicationStatement', 'NutritionOrder', 'Observation',
  'Procedure', 'Provenance', 'QuestionnaireResponse', 'RiskAssessment', 'ServiceRequest', 'Specimen',
  'SupplyDelivery', 'SupplyRequest', 'VisionPrescription', 'Device',
]);

/** Own keys of a compartment resource that hold a date, dateTime, instant or Period. */
export const compartmentDateKeys: ReadonlySet<string> = new Set([
  'period', 'issued', 'recordedDate', 'recorded', 'authoredOn', 'created', 'date', 'occurrenceDateTime',
  'occurrencePeriod', 'occurrenceString', 'effectiveDateTime', 'effectivePeriod', 'effectiveInstant',
  'effectiveTiming', 'onsetDateTime', 'onsetPeriod', 'onsetString', 'onsetAge', 'abatementDateTime',
  'abatementPeriod', 'abatementString', 'performedDateTime', 'performedPeriod', 'performedString',
  'assertedDate', 'dateAsserted', 'whenHandedOver', 'whenPrepared', 'billablePeriod', 'servicedDate',
  'servicedPeriod', 'start', 'end', 'sent', 'received', 'lastOccurrence', 'onset', 'expirationDate',
  'manufactureDate', 'birthDate', 'deceasedDateTime', 'started', 'collectedDateTime', 'collectedPeriod',
  'receivedTime', 'dateWritten', 'validityPeriod', 'statusDate', 'startDate', 'endDate',
]);

/** `Identifier.type.coding.code` (HL7 table 0203) to the kind of its `value`. */
export const identifierKinds: Readonly<Record<string, string>> = {
  MR: 'mrn', MRT: 'mrn', PI: 'mrn', PT: 'mrn', SS: 'ssn', SB: 'ssn', DL: 'license', PPN: 'passport',
  MB: 'id', MC: 'id', MA: 'id', MCN: 'id', SN: 'id', AN: 'account', VN: 'id', NH: 'id', HC: 'id',
  JHN: 'id', TAX: 'ssn', NI: 'id', BCT: 'license', PRN: 'id', PN: 'id',
};

/** `Identifier.system` URIs that say what the value is, when no type is given. */
export const identifierSystems: ReadonlyArray<readonly [string, string]> = [
  ['us-ssn', 'ssn'], ['2.16.840.1.113883.4.1', 'ssn'], ['passport', 'passport'], ['us-mbi', 'id'],
  ['us-medicare', 'id'], ['driver', 'license'], ['2.16.840.1.113883.4.3.', 'license'],
];

/** `ContactPoint.system` to the kind of its `value`. */
export const telecomKinds: Readonly<Record<string, string>> = {
  phone: 'phone', fax: 'phone', sms: 'phone', pager: 'phone', email: 'email', url: 'url', other: 'phone',
};

/** Extension URLs (their last path part) to what their `value[x]` holds. */
export const extensionKinds: Readonly<Record<string, string>> = {
  'patient-mothersMaidenName': 'name',
  'patient-birthPlace': 'address',
  'patient-birthTime': 'date',
  'individual-birthPlace': 'address',
  'patient-adoptionInfo': 'id',
  'patient-preferenceType': 'safe',
  'us-core-race': 'safe',
  'us-core-ethnicity': 'safe',
  'us-core-birthsex': 'safe',
  'us-core-genderIdentity': 'safe',
  'patient-nationality': 'safe',
  'patient-citizenship': 'safe',
  'patient-religion': 'safe',
};

/** Keys of person-shaped objects without a `resourceType` (Kafka payloads, API bodies). */
export const personEvidenceKeys: readonly string[] = [
  'birthDate', 'dob', 'dateOfBirth', 'mrn', 'ssn', 'telecom', 'gender', 'patientId', 'identifier', 'deceasedDateTime',
];
