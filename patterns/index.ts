import type { Detector } from '../src/detector.js';
import type { ObjectRule } from '../src/walk.js';
import { date } from './date.js';
import { mrn } from './mrn.js';
import { usSsn, usSsnLabelled } from './us-ssn.js';
import { hl7v2 } from './hl7v2.js';
import { personName } from './person-name.js';
import { addressDetectors } from './street-address.js';

export { date } from './date.js';
export { mrn, mrnFormats, type MrnOptions } from './mrn.js';
export { usSsn, usSsnLabelled, validSsn } from './us-ssn.js';
export { hl7v2, isHl7DateTime, redactHl7 } from './hl7v2.js';
export { hl7Fields } from './hl7v2-fields.js';
export { personName, personNameBefore, personNameCued, personNameHl7, personNameHonorific, personNamePair, personNameSql } from './person-name.js';
export { addressDetectors, addressLabelled, cityLabelled, postBox, streetAddress } from './street-address.js';

/** Every built-in detector, in the order overlaps are resolved (longer match first, then this order). */
export const builtinDetectors: readonly Detector[] = Object.freeze([usSsn, usSsnLabelled, mrn(), date, ...personName, ...addressDetectors, hl7v2]);

/** Every built-in object rule (presets that tag fields from an object's content). */
export const builtinObjectRules: readonly ObjectRule[] = Object.freeze([]);
