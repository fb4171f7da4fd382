import type { Detector } from '../src/detector.js';
import { abaRouting } from './aba-routing.js';
import { ageOver89 } from './age-over-89.js';
import { dea } from './dea.js';
import { email, emailEncoded } from './email.js';
import { geoCoordinates } from './geo-coordinates.js';
import { hicn } from './hicn.js';
import { iban } from './iban.js';
import { imei } from './imei.js';
import { ipv4, ipv6 } from './ip-address.js';
import { jwt } from './jwt.js';
import { accountNumber, certificateNumber, clinicalId, driversLicense, memberId, passportNumber } from './labelled-id.js';
import { labelledSecret } from './labelled-secret.js';
import { macAddress } from './mac-address.js';
import { mbi } from './mbi.js';
import { npi } from './npi.js';
import { passportMrz } from './passport-mrz.js';
import { paymentCard } from './payment-card.js';
import { phone, phoneInternational, phoneLabelled, phoneLocal, phoneNear } from './phone.js';
import { udi, udiHibcc } from './udi.js';
import { urlCredentials } from './url-credentials.js';
import { vin } from './vin.js';
import { postcodeBlock, zipCode } from './zip-code.js';

/**
 * The identifier detectors of issue #3 (contact numbers, network and device ids, plan, account,
 * licence and payment numbers, provider ids, ZIPs, ages over 89, coordinates, secrets), in the
 * order overlaps of equal length are resolved: validated shapes before cue-based ones.
 */
export const identifierDetectors: readonly Detector[] = Object.freeze([
  paymentCard,
  iban,
  mbi,
  hicn,
  npi,
  dea,
  abaRouting,
  passportMrz,
  udi,
  udiHibcc,
  imei,
  vin,
  email,
  emailEncoded,
  phone,
  phoneInternational,
  phoneLabelled,
  phoneNear,
  phoneLocal,
  ipv4,
  ipv6,
  macAddress,
  memberId,
  accountNumber,
  driversLicense,
  passportNumber,
  certificateNumber,
  clinicalId,
  zipCode,
  postcodeBlock,
  ageOver89,
  geoCoordinates,
  jwt,
  urlCredentials,
  labelledSecret,
]);
