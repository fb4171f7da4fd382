import type { Detector } from '../src/detector.js';
import type { ObjectRule } from '../src/walk.js';
import { date } from './date.js';
import { dateNoYear } from './date-no-year.js';
import { mrn, mrnLetters } from './mrn.js';
import { usSsn, usSsnLabelled } from './us-ssn.js';
import { hl7v2 } from './hl7v2.js';
import { fhirPatientId, fhirRule } from './fhir.js';
import { personName } from './person-name.js';
import { addressDetectors } from './street-address.js';
import { url } from './url.js';
import { identifierDetectors } from './identifiers.js';
import { sqlLiteral } from './sql-literal.js';

export { date } from './date.js';
export { dateNoYear } from './date-no-year.js';
export { mrn, mrnFormats, mrnLetters, type MrnOptions } from './mrn.js';
export { usSsn, usSsnLabelled, validSsn } from './us-ssn.js';
export { hl7v2, isHl7DateTime, redactHl7 } from './hl7v2.js';
export { hl7Fields } from './hl7v2-fields.js';
export { fhirPatientId, fhirRule } from './fhir.js';
export { fhirFields } from './fhir-fields.js';
export { personName, personNameBefore, personNameCued, personNameHl7, personNameHonorific, personNamePair, personNameSql } from './person-name.js';
export { personNameDictionary, personNameLone } from './name-dictionary.js';
export { addressDetectors, addressLabelled, cityLabelled, postBox, streetAddress, streetForeign } from './street-address.js';
export { rewriteUrl, url } from './url.js';
export { templateRoute } from './url-route.js';
export { identifierDetectors } from './identifiers.js';
export { maskSqlLiterals, sqlLiteral } from './sql-literal.js';
export { sqlLiterals, type SqlLiteral } from './sql-tokens.js';
export { abaRouting, validAba } from './aba-routing.js';
export { ageOver89 } from './age-over-89.js';
export { dea, validDea } from './dea.js';
export { email, emailEncoded } from './email.js';
export { geoCoordinates } from './geo-coordinates.js';
export { hicn } from './hicn.js';
export { iban, validIban } from './iban.js';
export { imei } from './imei.js';
export { ipv4, ipv6 } from './ip-address.js';
export { jwt } from './jwt.js';
export { accountNumber, certificateNumber, clinicalId, driversLicense, memberId, passportNumber } from './labelled-id.js';
export { labelledSecret } from './labelled-secret.js';
export { macAddress } from './mac-address.js';
export { mbi } from './mbi.js';
export { npi } from './npi.js';
export { passportMrz } from './passport-mrz.js';
export { paymentCard } from './payment-card.js';
export { phone, phoneInternational, phoneLabelled, phoneLocal, phoneNear } from './phone.js';
export { udi, udiHibcc, validGtin } from './udi.js';
export { urlCredentials } from './url-credentials.js';
export { vin, validVin } from './vin.js';
export { postcodeBlock, zipCode } from './zip-code.js';

/** Every built-in detector, in the order overlaps are resolved (longer match first, then this order). */
export const builtinDetectors: readonly Detector[] = Object.freeze([usSsn, usSsnLabelled, mrn(), mrnLetters, date, dateNoYear, ...personName, ...addressDetectors, hl7v2, url, ...identifierDetectors, fhirPatientId, sqlLiteral]);

/** Every built-in object rule (presets that tag fields from an object's content). */
export const builtinObjectRules: readonly ObjectRule[] = Object.freeze([fhirRule]);
