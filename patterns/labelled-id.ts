import { defineDetector, type Detector } from '../src/detector.js';
import { cueBefore, isolated } from '../src/validate.js';

/** How a labelled identifier family is found. */
interface LabelledIdSpec {
  readonly id: string;
  readonly kind: string;
  /** RE2 alternatives for the labels, case-insensitive. */
  readonly labels: string;
  /** Fewest digits the value must hold. */
  readonly minDigits: number;
  /** Words that, just before the label, say it is not this kind (`aws account`). */
  readonly notAfter?: readonly string[];
}

const no = String.raw`(?:[ _-]?(?:#|no\.?|nbr|num(?:ber)?|id))`;

/**
 * A detector for identifiers that only a label reveals: the label, then `is`/`:`/`#`/`=`, then a
 * value of 4-25 letters, digits and dashes holding at least `minDigits` digits. The label stays;
 * the value is masked. Words in `notAfter` right before the label reject it.
 */
function labelledId(spec: LabelledIdSpec): Detector {
  const notAfter = spec.notAfter ?? [];
  return defineDetector({
    id: spec.id,
    kind: spec.kind,
    source: String.raw`(?i)\b(?:${spec.labels})[ \t]*(?:is|was|of)?[ \t]*[:#=.-]?[ \t]*["']?([A-Za-z0-9*][A-Za-z0-9*-]{3,24})`,
    group: 1,
    needs: ['digit', 'letter'],
    confirm: (text, start, end) => {
      let digits = 0;
      for (let i = start; i < end; i++) if (text.charCodeAt(i) >= 48 && text.charCodeAt(i) <= 57) digits++;
      if (digits < spec.minDigits || !isolated(text, start, end)) return false;
      return notAfter.length === 0 || !cueBefore(text, start, notAfter, 48);
    },
  });
}

/**
 * Health plan member, subscriber, policy and beneficiary ids after their label (`member id`,
 * `subscriber #`, `policy number`, `insurance id`, `Medicaid id`, `Rx ID`): PHI-IDENTIFIERS §6.
 * Plan-level numbers (`group #`, `plan id`, `payer id`, `RxBIN`) are kept.
 * Known false positives: `policy id` of an access or retention policy (`policy id: pol-1234`).
 * Misses: member ids with no label (tag the field).
 */
export const memberId = labelledId({
  id: 'member-id',
  kind: 'id',
  labels: String.raw`member${no}|subscriber${no}|policy[ _-]?(?:#|no\.?|num(?:ber)?|holder[ _-]?id)|insurance${no}|beneficiary${no}|medicaid${no}|medi-cal${no}?|rx[ _-]?(?:member[ _-]?)?id|cin`,
  minDigits: 3,
});

/**
 * Patient, billing and financial account numbers after a qualified label (`patient account`,
 * `billing account #`, `guarantor #`, `acct #`, `checking`, `savings`, `bank account`, `DDA`):
 * PHI-IDENTIFIERS §7, §20.3. Bare `account` is not a label (`aws account 123456789012`,
 * `service account`, `storage account`), and a label after `aws`, `arn`, `iam`, `cloud`, `azure`,
 * `gcp`, `service` or `storage` is skipped. Misses: account numbers with no qualifier.
 */
export const accountNumber = labelledId({
  id: 'account-number',
  kind: 'account',
  labels: String.raw`(?:patient|billing|bank|checking|savings|guarantor|hospital|financial|deposit)[ _-]?(?:account|acct)${no}?|account[ _-]?(?:#|no\.?|nbr|num(?:ber)?)|acct${no}?|checking|savings|dda|guarantor${no}|har|statement[ _-]?#`,
  minDigits: 4,
  notAfter: ['aws', 'arn', 'iam', 'cloud', 'azure', 'gcp', 'service', 'storage'],
});

/**
 * Driver's licence, state id and licence plate numbers after a label (`driver's license`,
 * `DL#`, `DL no`, `lic #`, `license number`, `CDL`, `state id`, `license plate`, `plate #`):
 * PHI-IDENTIFIERS §8.1, §16.2. Misses: licence numbers with no label (tag the field).
 */
export const driversLicense = labelledId({
  id: 'drivers-license',
  kind: 'license',
  labels: String.raw`driver'?s?[ _-]?licen[cs]e${no}?|dl${no}|dl:|dln|lic(?:en[cs]e)?${no}|cdl${no}?|state[ _-]?id|licen[cs]e[ _-]?plate${no}?|plate${no}`,
  minDigits: 1,
});

/**
 * Passport and travel document numbers after a label (`passport`, `passport #`, `passport no`,
 * `travel document`): PHI-IDENTIFIERS §9. Misses: passport numbers with no label.
 */
export const passportNumber = labelledId({
  id: 'passport-number',
  kind: 'passport',
  labels: String.raw`passport${no}?|travel[ _-]?document${no}?`,
  minDigits: 3,
});

/**
 * Birth, death, marriage and other certificate numbers after a label (`birth certificate`,
 * `death certificate no`, `certificate #`): PHI-IDENTIFIERS §8. `certificate` alone is not a label
 * (TLS logs). Misses: state file numbers with no label.
 */
export const certificateNumber = labelledId({
  id: 'certificate-number',
  kind: 'license',
  labels: String.raw`(?:birth|death|marriage|adoption)[ _-]?(?:certificate|cert|record)${no}?|certificate[ _-]?(?:#|no\.?|num(?:ber)?)`,
  minDigits: 3,
});

/**
 * UUIDs and id-shaped tokens right after a clinical noun that names whose id it is: `encounter
 * 451d2f06-8dc7-...`, `patient 27de96c6-...`, `subject: S-00412`, `visit/9bf3f7a0-...`,
 * `member 4F7K22Q9`, `merged_into=6d23a95e-...`, `duplicate_of=fvmon2m`: PHI-IDENTIFIERS §3, §22.
 * The value is a UUID, or 6-64 letters, digits, `-` and `_` holding at least one digit
 * (two after a bare space). Left alone: `pid=4242`, `order_id=...`, `chart: api-0.1.0` (no
 * clinical noun), short numbers (`visit 2 of 3`, `patient 12`), and version-like values (`1.2.3`).
 * Known false positives: a build or job id after one of these nouns (`subject build-2024a`).
 * Misses: ids after other nouns, and letters-only ids.
 */
export const clinicalId = defineDetector({
  id: 'clinical-id',
  kind: 'id',
  source: String.raw`(?i)(?:\b|_)(?:patients?|pt|encounters?|visits?|subjects?|members?|persons?|admissions?|episodes?|enrollees?|beneficiar(?:y|ies)|merged[ _-]?(?:into|from|with)|duplicate[ _-]?of|linked[ _-]?to|survivor|superseded[ _-]?by)(?:[ _-]?(?:id|uuid|guid|key))?(?:[ \t]*[:=#/][ \t]*["']?|[ \t]+)([0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}|[A-Za-z0-9][A-Za-z0-9_-]{5,63})`,
  group: 1,
  needs: ['digit', 'letter'],
  confirm: (text, start, end) => {
    if (!isolated(text, start, end) || text.charCodeAt(end) === 46 /* . */ && /\d/.test(text[end + 1] ?? '')) return false;
    let digits = 0;
    for (let i = start; i < end; i++) if (text.charCodeAt(i) >= 48 && text.charCodeAt(i) <= 57) digits++;
    if (digits === 0) return false;
    if (end - start === 36 && text[start + 8] === '-' && text[start + 23] === '-') return true;
    // After a bare space the value must look like an id, not a count or a word with a digit.
    const spaced = text[start - 1] === ' ' || text[start - 1] === '\t';
    return !spaced || digits >= 2;
  },
});
