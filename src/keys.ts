/**
 * The built-in dictionary of field names that hold PHI, matched whatever their case and
 * separators (`SSN`, `social_security_number`, `socialSecurityNumber` are one key). A key is
 * normalised once (lower case, letters and digits only) and its class cached, so the hot path
 * pays one Map lookup per key.
 */

/** What a key says about its value. */
export interface KeyClass {
  /** PHI kind of the field: every primitive below it is masked as this kind. */
  readonly kind: string | null;
  /** Kind when the key sits inside a person (`patient.name`, FHIR `Patient.name`). */
  readonly personKind: string | null;
  /** The field holds a person: names and ids below it are PHI. */
  readonly personContainer: boolean;
  /** A log envelope timestamp (`time`, `@timestamp`): kept when it is only a timestamp. */
  readonly envelope: boolean;
  /** Metadata inside a PHI field (`use`, `system`, `code`): scanned, not masked whole. */
  readonly structural: boolean;
}

const byKind: Record<string, readonly string[]> = {
  ssn: [
    'ssn', 'ssns', 'socialsecuritynumber', 'socialsecurity', 'socialsecurityno', 'socialsecuritynum',
    'socialsecuritynbr', 'ssnumber', 'ssnum', 'ssno', 'ssnlast4', 'taxid', 'tin', 'itin', 'taxpayerid',
    'patientssn', 'ssnvalue', 'socsec', 'socsecno',
  ],
  date: [
    'dob', 'dateofbirth', 'birthdate', 'birthday', 'birthdt', 'birthdatetime', 'birthtime', 'dobdate',
    'deceaseddatetime', 'deceaseddate', 'deathdate', 'dateofdeath', 'deathdatetime', 'admitdate',
    'admissiondate', 'admitdatetime', 'admittedat', 'dischargedate', 'dischargedatetime', 'dischargedat',
    'servicedate', 'dateofservice', 'dos', 'encounterdate', 'appointmentdate', 'appointmenttime',
    'appointmentat', 'visitdate', 'proceduredate', 'collectedat', 'collectiondate',
    'specimencollectiondate', 'patientdob', 'insureddob', 'guarantordob',
  ],
  mrn: [
    'mrn', 'mrns', 'medicalrecordnumber', 'medicalrecordno', 'medicalrecordnum', 'medicalrecord',
    'medrecno', 'medrecnum', 'medrec', 'mrno', 'mrnumber', 'patientid', 'patientnumber', 'patientno',
    'patientmrn', 'chartnumber', 'chartno', 'empi', 'empiid', 'mpiid', 'euid', 'hospitalnumber',
    'unitnumber', 'patientidentifier', 'ptid',
  ],
  id: [
    'encounterid', 'encounternumber', 'visitnumber', 'visitid', 'accessionnumber', 'accessionno',
    'accessionid', 'specimenid', 'memberid', 'membernumber', 'memberno', 'subscriberid',
    'subscribernumber', 'beneficiaryid', 'insuranceid', 'policynumber', 'policyno', 'policyid',
    'claimid', 'claimnumber', 'enduserid', 'enduserpseudoid', 'userid', 'usersid', 'guarantorid',
    'guarantornumber', 'medicaidid', 'medicaidnumber', 'medicareid', 'medicarenumber', 'mbi', 'hicn',
    'rxmemberid', 'rxid', 'finnumber', 'harnumber', 'csn', 'subjectid', 'personid', 'relatedpersonid',
  ],
  name: [
    'firstname', 'lastname', 'fullname', 'patientname', 'givenname', 'familyname', 'middlename',
    'maidenname', 'mothersmaidenname', 'surname', 'forename', 'fname', 'lname', 'legalname',
    'preferredname', 'patientfirstname', 'patientlastname', 'patientfullname', 'guarantorname',
    'insuredname', 'subscribername', 'kinname', 'nextofkin', 'nextofkinname', 'emergencycontactname',
    'contactname', 'mothername', 'fathername', 'spousename', 'parentname', 'guardianname', 'userfullname',
    'username', 'usersname', 'nameofinsured', 'patientinitials', 'initials',
  ],
  phone: [
    'phone', 'phones', 'phonenumber', 'phoneno', 'phonenum', 'telephone', 'telephonenumber', 'tel',
    'mobile', 'mobilephone', 'mobilenumber', 'cellphone', 'cell', 'cellnumber', 'homephone', 'workphone',
    'businessphone', 'fax', 'faxnumber', 'faxno', 'contactnumber', 'contactphone', 'patientphone',
    'emergencyphone', 'callbacknumber', 'smsnumber', 'msisdn', 'telecom',
  ],
  email: ['email', 'emails', 'emailaddress', 'mail', 'useremail', 'patientemail', 'contactemail', 'emailid'],
  address: [
    'address', 'addresses', 'streetaddress', 'homeaddress', 'mailingaddress', 'residentialaddress',
    'billingaddress', 'shippingaddress', 'addressline', 'addressline1', 'addressline2', 'addressline3',
    'street', 'street1', 'street2', 'streetname', 'residence', 'patientaddress', 'city', 'town',
    'county', 'district', 'birthplace', 'placeofbirth',
  ],
  zip: ['zip', 'zipcode', 'zip4', 'postalcode', 'postcode', 'postal'],
  geo: ['latitude', 'longitude', 'lat', 'lng', 'lon', 'long', 'geo', 'geolocation', 'coordinates', 'geopoint', 'latlng', 'latlon'],
  ip: [
    'ip', 'ipaddress', 'ipaddr', 'clientip', 'clientaddress', 'clientipaddress', 'remoteaddr',
    'remoteaddress', 'remoteip', 'sourceaddress', 'sourceip', 'xforwardedfor', 'xrealip',
    'trueclientip', 'cfconnectingip', 'forwardedfor', 'userip', 'ipaddresses',
  ],
  license: [
    'driverslicense', 'driverslicensenumber', 'driverlicense', 'driverlicensenumber', 'dlnumber',
    'dlno', 'licensenumber', 'licenseno', 'licencenumber', 'licenseplate', 'licenceplate', 'plate',
    'platenumber', 'certificatenumber', 'birthcertificatenumber',
  ],
  passport: ['passport', 'passportnumber', 'passportno', 'passportid'],
  card: ['cardnumber', 'creditcard', 'creditcardnumber', 'ccnumber', 'pan', 'cardno', 'debitcardnumber'],
  account: [
    'accountnumber', 'accountno', 'acctno', 'acctnumber', 'acct', 'bankaccount', 'bankaccountnumber',
    'iban', 'routingnumber', 'abaroutingnumber', 'aba', 'patientaccountnumber', 'billingaccount',
  ],
  device: [
    'serialnumber', 'deviceserial', 'deviceserialnumber', 'udi', 'udicarrier', 'imei', 'iccid', 'meid',
    'deviceid', 'idfa', 'idfv', 'gaid', 'adid', 'advertisingid', 'installationid', 'pushtoken',
    'fcmtoken', 'apnstoken', 'vin', 'macaddress', 'mac', 'bssid', 'lotnumber', 'distinctidentifier',
  ],
  photo: ['photo', 'photos', 'avatar', 'selfie', 'faceid', 'facetemplate', 'voiceprint', 'biometric', 'fingerprinttemplate', 'portrait'],
  secret: [
    'password', 'passwd', 'pwd', 'secret', 'clientsecret', 'apikey', 'apisecret', 'accesstoken',
    'refreshtoken', 'idtoken', 'authorization', 'auth', 'cookie', 'cookies', 'setcookie', 'privatekey',
    'sessiontoken', 'bearertoken', 'xapikey', 'credentials', 'credential', 'jwt', 'sessionid', 'sid',
    // issue #3: credential names seen in peer suites (Relay's @password rule, LogTape) and card secrets
    'twofactor', 'twofactorcode', 'otp', 'otpcode', 'mfacode', 'totp', 'passphrase', 'token', 'authtoken',
    'apitoken', 'xauthtoken', 'csrftoken', 'xcsrftoken', 'cvv', 'cvc', 'cvv2', 'cardsecuritycode',
  ],
};

/** Keys that are PHI only inside a person (`patient.name`, `user.id`, FHIR `Patient.id`). */
const personOnly: Record<string, string> = {
  name: 'name',
  names: 'name',
  given: 'name',
  first: 'name',
  last: 'name',
  middle: 'name',
  family: 'name',
  prefix: 'name',
  suffix: 'name',
  alias: 'name',
  username: 'name',
  login: 'name',
  displayname: 'name',
  id: 'id',
  identifier: 'id',
  identifiers: 'id',
  number: 'id',
  value: 'id',
  contact: 'name',
  birthplace: 'address',
  deceased: 'date',
  deceasedboolean: 'none',
};

const personContainers = new Set([
  'patient', 'patients', 'person', 'persons', 'people', 'subject', 'member', 'members', 'guarantor',
  'insured', 'subscriber', 'beneficiary', 'kin', 'nextofkin', 'relatedperson', 'contact', 'contacts',
  'emergencycontact', 'user', 'enduser', 'customer', 'recipient', 'mother', 'father', 'spouse',
  'parent', 'guardian', 'dependent', 'responsibleparty', 'pt', 'resident', 'client', 'applicant',
  'caller', 'holder', 'policyholder', 'cardholder', 'account',
]);

const envelopeKeys = new Set([
  'time', 'timestamp', 'ts', '@timestamp', 'datetime', 'eventtime', 'observedtimestamp', 'starttime',
  'endtime', 'loggedat', 'logtime', 'receivedat', 'date', 'expires', 'lastmodified', 'ifmodifiedsince',
  'iat', 'exp', 'nbf', 'notbefore', 'notafter', 'buildtime', 'deployedat', 'lastupdated', 'createdat',
  'updatedat', 'eventdate',
]);

const structuralKeys = new Set([
  'use', 'system', 'code', 'display', 'coding', 'resourcetype', 'status', 'type', 'state', 'country',
  'rank', 'url', 'version', 'userselected', 'unit', 'gender', 'relationship', 'language',
]);

const dictionary = new Map<string, string>();
for (const [kind, keys] of Object.entries(byKind)) for (const key of keys) dictionary.set(key, kind);

/** Lower-case letters and digits of `key` (`Date_Of-Birth` becomes `dateofbirth`). */
export function normalizeKey(key: string): string {
  let out = '';
  for (let i = 0; i < key.length; i++) {
    let c = key.charCodeAt(i);
    if (c >= 65 && c <= 90) c += 32;
    if ((c >= 97 && c <= 122) || (c >= 48 && c <= 57) || c === 64) out += String.fromCharCode(c);
  }
  return out;
}

/** Suffixes that make a compound key PHI (`patient_ssn`, `homePhone`, `insuredDob`). */
const strongSuffixes: ReadonlyArray<readonly [string, string]> = [
  ['socialsecuritynumber', 'ssn'], ['ssn', 'ssn'], ['dateofbirth', 'date'], ['birthdate', 'date'],
  ['dob', 'date'], ['medicalrecordnumber', 'mrn'], ['mrn', 'mrn'], ['firstname', 'name'],
  ['lastname', 'name'], ['fullname', 'name'], ['givenname', 'name'], ['familyname', 'name'],
  ['middlename', 'name'], ['maidenname', 'name'], ['surname', 'name'], ['phonenumber', 'phone'],
  ['phone', 'phone'], ['email', 'email'], ['emailaddress', 'email'], ['streetaddress', 'address'],
  ['zipcode', 'zip'], ['postalcode', 'zip'], ['passportnumber', 'passport'], ['licensenumber', 'license'],
  ['memberid', 'id'], ['patientid', 'mrn'],
  // issue #3: any key naming a password or secret (`dbPassword`, `secretKey`, `secret-token-here`)
  ['password', 'secret'], ['passwd', 'secret'], ['secret', 'secret'], ['apikey', 'secret'], ['privatekey', 'secret'],
];

const nonPhiPrefixes = ['ip', 'mac', 'server', 'listen', 'bind', 'local', 'host', 'peer', 'network', 'proxy', 'gateway'];
const nonPhiSuffixes = ['count', 'type', 'status', 'verified', 'format', 'enabled', 'valid', 'length', 'hash', 'present', 'required', 'missing', 'source', 'system'];

/** Classifies a key (the built-in dictionary plus `overrides` of normalised key to kind). */
export function classifyKey(key: string, overrides: ReadonlyMap<string, string>): KeyClass {
  const n = normalizeKey(key);
  const override = overrides.get(n);
  const envelope = envelopeKeys.has(n);
  const kind = override ?? dictionary.get(n) ?? compoundKind(n) ?? (envelope ? undefined : wordKind(key));
  const person = personOnly[n];
  return {
    kind: kind ?? null,
    personKind: person === undefined || person === 'none' ? null : person,
    personContainer: personContainers.has(n),
    envelope,
    structural: structuralKeys.has(n),
  };
}

function compoundKind(n: string): string | undefined {
  if (n.length < 4) return undefined;
  for (const bad of nonPhiSuffixes) if (n.endsWith(bad)) return undefined;
  for (const [suffix, kind] of strongSuffixes) {
    if (n.endsWith(suffix) || (n.startsWith(suffix) && suffix.length >= 3)) {
      if (nonPhiPrefixes.some((p) => n.startsWith(p))) return undefined;
      return kind;
    }
  }
  return undefined;
}

/**
 * Last words that make a key PHI when a separator or a case change sets them apart
 * (`Patient_county`, `homeCity`, `Illness_onset_date`, `Specimen_collection_date_time`). Words,
 * not suffixes, so `ethnicity`, `velocity` and `update` stay out. Issue #3.
 */
const tailWords: Readonly<Record<string, string>> = {
  street: 'address', city: 'address', county: 'address', district: 'address', town: 'address',
  zip: 'zip', postcode: 'zip', dob: 'date', date: 'date', birthday: 'date',
};

function wordKind(key: string): string | undefined {
  const words = splitWords(key);
  if (words.length < 2) return undefined;
  let last = words[words.length - 1]!;
  if (/^\d+$/.test(last) && words.length > 2) last = words[words.length - 2]!; // `Patient_street_2`
  if (last === 'time' || last === 'dt') last = words[words.length - 2] === 'date' ? 'date' : last;
  const kind = tailWords[last];
  if (kind !== undefined) return kind;
  // `Date_result_released`, `dateOfService`: a key that starts with the word date
  return words[0] === 'date' && !words.some((w) => nonPhiSuffixes.includes(w)) ? 'date' : undefined;
}

/** Lower-case words of a key split at separators and camelCase humps; at most 8 words. */
function splitWords(key: string): string[] {
  const words: string[] = [];
  let word = '';
  for (let i = 0; i < key.length && words.length < 8; i++) {
    const c = key.charCodeAt(i);
    const upper = c >= 65 && c <= 90;
    const lower = c >= 97 && c <= 122;
    const digit = c >= 48 && c <= 57;
    if (!upper && !lower && !digit) {
      if (word) words.push(word);
      word = '';
      continue;
    }
    const prev = i > 0 ? key.charCodeAt(i - 1) : 0;
    if (upper && word && prev >= 97 && prev <= 122) {
      words.push(word);
      word = '';
    }
    word += upper ? String.fromCharCode(c + 32) : key[i];
  }
  if (word && words.length < 8) words.push(word);
  return words;
}
