import type { FieldRule } from '../src/schema.js';

/**
 * The FHIR preset as plain schema tags, for `createRedactor({ fields: fhirFields })` or to merge
 * with your own (`{ ...fhirFields, 'visit.notes': 'name' }`). Unlike the built-in object rule
 * (`fhirRule`), tags cannot look at `resourceType`, `Identifier.type` or `ContactPoint.system`,
 * so they mask by element name wherever it occurs: every `name.family`, every
 * `identifier.value`, every `telecom.value` (as phone), every `period.start`, also in an
 * Organization or a Practitioner. Use them when your logs carry FHIR-shaped data without
 * `resourceType` (API bodies, queue payloads) and you prefer masking a provider's name to
 * missing a patient's.
 */
export const fhirFields: Readonly<Record<string, FieldRule>> = Object.freeze({
  // HumanName (`**` also steps over array indexes: name[0].given[1])
  '**.name.**.family': 'name',
  '**.name.**.given': 'name',
  '**.name.**.text': 'name',
  '**.name.**.suffix': 'name',
  // Identifier (system, type and use stay)
  '**.identifier.**.value': 'id',
  // ContactPoint
  '**.telecom.**.value': 'phone',
  // Address: state and country stay
  '**.address.**.line': 'address',
  '**.address.**.city': 'address',
  '**.address.**.district': 'address',
  '**.address.**.text': 'address',
  '**.address.**.postalCode': 'zip',
  // Dates of a person and of their care
  birthDate: 'date',
  deceasedDateTime: 'date',
  '**.period.start': 'date',
  '**.period.end': 'date',
  effectiveDateTime: 'date',
  effectiveInstant: 'date',
  '**.effectivePeriod.start': 'date',
  '**.effectivePeriod.end': 'date',
  onsetDateTime: 'date',
  abatementDateTime: 'date',
  performedDateTime: 'date',
  occurrenceDateTime: 'date',
  recordedDate: 'date',
  authoredOn: 'date',
  issued: 'date',
  // Attachments, photos and references to the patient
  photo: 'photo',
  '**.subject.reference': 'id',
  '**.subject.display': 'name',
  '**.patient.reference': 'id',
  '**.patient.display': 'name',
  '**.beneficiary.reference': 'id',
  subscriberId: 'id',
});
