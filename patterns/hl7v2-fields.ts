/**
 * Where PHI sits in an HL7 v2 message (v2.5.1 positions; PID-40 from v2.7), after the tables in
 * PHI-IDENTIFIERS §23.1. A field spec names the field's data type, and for identifiers and plain
 * strings the kind masked:
 *
 * - `keep`: codes and flags, left as they are (only in messages that start with `MSH`).
 * - `code`: coded elements (CE/CWE): identifier, text and coding system kept; original text scanned.
 * - `date`: TS/DTM/DT/DR: every component that holds a time is masked.
 * - `cx:<kind>`: CX.1 and CX.2 masked (kind from CX.5 when it names one); authority and type kept.
 * - `ei:<kind>`: EI.1 masked (also inside the subcomponents of EIP); namespace and universal id kept.
 * - `st:<kind>`: the whole field masked.
 * - `xpn`: family, given, further given and suffix masked; prefix, degree and name type kept.
 * - `xad`: street, other designation, city, other geography, county, census tract masked; state,
 *   country and address type kept; ZIP masked as `zip`.
 * - `xtn`: number, e-mail, area code, local number, extension, free text and unformatted number
 *   masked; use code, equipment type and country code kept.
 * - `dln`: licence number and expiry masked, issuing state kept.
 * - `xon`: organization name masked (an employer names a person's workplace).
 *
 * Every field not listed is scanned with every detector, and any component that reads as an HL7
 * date-time is masked: unknown segments and fields fail closed.
 */

/** A field spec, see above. */
export type FieldSpec = string;

/** Segment id to field number to spec. */
export const hl7Fields: Readonly<Record<string, Readonly<Record<number, FieldSpec>>>> = {
  MSH: { 1: 'keep', 2: 'keep', 3: 'keep', 4: 'keep', 5: 'keep', 6: 'keep', 7: 'date', 8: 'keep', 9: 'keep', 10: 'keep', 11: 'keep', 12: 'keep', 13: 'keep', 15: 'keep', 16: 'keep', 17: 'keep', 18: 'keep', 19: 'code', 21: 'keep' },
  EVN: { 1: 'keep', 2: 'date', 3: 'date', 4: 'code', 6: 'date' },
  PID: {
    1: 'keep', 2: 'cx:mrn', 3: 'cx:mrn', 4: 'cx:mrn', 5: 'xpn', 6: 'xpn', 7: 'date', 8: 'keep', 9: 'xpn',
    10: 'code', 11: 'xad', 12: 'st:address', 13: 'xtn', 14: 'xtn', 15: 'code', 16: 'code', 17: 'code',
    18: 'cx:account', 19: 'st:ssn', 20: 'dln', 21: 'cx:id', 22: 'code', 23: 'st:address', 24: 'keep',
    25: 'keep', 26: 'code', 27: 'code', 28: 'code', 29: 'date', 30: 'keep', 31: 'keep', 32: 'code',
    33: 'date', 35: 'code', 36: 'code', 38: 'code', 39: 'code', 40: 'xtn',
  },
  PD1: { 1: 'code', 2: 'code', 5: 'cx:id', 6: 'code', 7: 'code', 8: 'date', 11: 'code', 12: 'keep', 13: 'date', 14: 'code', 15: 'keep', 16: 'code', 17: 'date', 18: 'date' },
  NK1: {
    1: 'keep', 2: 'xpn', 3: 'code', 4: 'xad', 5: 'xtn', 6: 'xtn', 7: 'code', 8: 'date', 9: 'date',
    12: 'cx:id', 13: 'xon', 14: 'code', 15: 'keep', 16: 'date', 17: 'code', 18: 'code', 19: 'code',
    20: 'code', 21: 'code', 22: 'code', 23: 'keep', 24: 'code', 25: 'code', 26: 'xpn', 27: 'code',
    28: 'code', 29: 'code', 30: 'xpn', 31: 'xtn', 32: 'xad', 33: 'cx:id', 34: 'code', 35: 'code',
    36: 'code', 37: 'st:ssn', 38: 'st:address', 39: 'code', 40: 'xtn', 41: 'xtn',
  },
  PV1: {
    1: 'keep', 2: 'code', 3: 'keep', 4: 'code', 5: 'cx:id', 6: 'keep', 10: 'code', 11: 'keep', 12: 'code',
    13: 'code', 14: 'code', 15: 'code', 16: 'code', 18: 'code', 19: 'cx:id', 36: 'code',
    39: 'code', 40: 'code', 41: 'code', 42: 'keep', 43: 'keep', 44: 'date', 45: 'date', 50: 'cx:id',
    51: 'code',
  },
  PV2: { 3: 'code', 8: 'date', 9: 'date', 11: 'date', 26: 'date', 29: 'date', 33: 'date', 47: 'date', 48: 'date' },
  IN1: {
    1: 'keep', 2: 'code', 3: 'keep', 4: 'keep', 8: 'keep', 10: 'cx:id', 11: 'xon', 12: 'date', 13: 'date',
    15: 'code', 16: 'xpn', 17: 'code', 18: 'date', 19: 'xad', 24: 'date', 26: 'date', 29: 'date',
    36: 'st:id', 43: 'keep', 44: 'xad', 49: 'cx:id', 52: 'st:address',
  },
  IN2: { 1: 'cx:id', 2: 'st:ssn', 3: 'xpn', 6: 'st:id', 7: 'xpn', 8: 'st:id', 9: 'xpn', 10: 'st:id', 26: 'st:id', 61: 'cx:id', 63: 'xtn', 64: 'xtn', 65: 'xtn' },
  GT1: {
    1: 'keep', 2: 'cx:id', 3: 'xpn', 4: 'xpn', 5: 'xad', 6: 'xtn', 7: 'xtn', 8: 'date', 9: 'keep',
    10: 'code', 11: 'code', 12: 'st:ssn', 13: 'date', 14: 'date', 16: 'xpn', 17: 'xad', 18: 'xtn',
    19: 'cx:id', 21: 'xon', 24: 'date', 29: 'cx:id', 42: 'xpn', 45: 'xpn', 46: 'xtn', 51: 'xon',
  },
  MRG: { 1: 'cx:mrn', 2: 'cx:mrn', 3: 'cx:account', 4: 'cx:mrn', 5: 'cx:id', 6: 'cx:id', 7: 'xpn' },
  OBX: { 1: 'keep', 2: 'keep', 3: 'code', 4: 'keep', 6: 'code', 7: 'keep', 8: 'code', 10: 'keep', 11: 'keep', 12: 'date', 14: 'date', 17: 'code', 18: 'keep', 19: 'date' },
  OBR: { 1: 'keep', 2: 'ei:id', 3: 'ei:id', 4: 'code', 5: 'keep', 6: 'date', 7: 'date', 8: 'date', 14: 'date', 22: 'date', 24: 'code', 25: 'keep', 27: 'keep', 36: 'date' },
  ORC: { 1: 'keep', 2: 'ei:id', 3: 'ei:id', 4: 'ei:id', 5: 'keep', 9: 'date', 15: 'date' },
  SPM: { 1: 'keep', 2: 'ei:id', 3: 'ei:id', 4: 'code', 5: 'code', 6: 'code', 7: 'code', 8: 'code', 11: 'code', 17: 'date', 18: 'date', 20: 'keep' },
  NTE: { 1: 'keep', 2: 'code', 4: 'code' },
};

/** OBX-2 value types whose OBX-5 is coded (kept like `code`) or a time (masked). */
export const obxCoded: ReadonlySet<string> = new Set(['CE', 'CWE', 'CNE', 'CF']);
export const obxDates: ReadonlySet<string> = new Set(['DT', 'DTM', 'TS', 'DR', 'TM']);
/** OBX-5 types that carry a document or a pointer to one: masked whole. */
export const obxOpaque: ReadonlySet<string> = new Set(['ED', 'RP']);

/** CX.5 identifier type codes (HL7 table 0203) to the kind masked. */
export const cxTypeKinds: Readonly<Record<string, string>> = {
  MR: 'mrn', MRN: 'mrn', PI: 'mrn', PT: 'mrn', PN: 'mrn', SS: 'ssn', SSN: 'ssn', DL: 'license',
  PPN: 'passport', AN: 'account', PRN: 'account', MB: 'id', MC: 'id', MA: 'id', MI: 'id', SN: 'id',
  VN: 'id', HC: 'id', NH: 'id', JHN: 'id',
};
