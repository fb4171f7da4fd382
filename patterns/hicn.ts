import { defineDetector } from '../src/detector.js';
import { isolated } from '../src/validate.js';

const labels = String.raw`hicn|hic[ ]?(?:#|no\.?|num(?:ber)?)|health[ _-]?insurance[ _-]?claim(?:[ _-]?(?:number|num|no\.?|#))?|medicare(?:[ _-]?(?:claim))?(?:[ _-]?(?:number|num|no\.?|#|id))?|rrb(?:[ _-]?(?:number|no\.?|#))?|railroad[ _-]?retirement(?:[ _-]?(?:number|no\.?|#))?`;

/**
 * Legacy Health Insurance Claim Numbers (HICN, PHI-IDENTIFIERS §5.2): the wage earner's SSN plus a
 * one- or two-character Beneficiary Identification Code (`123456789A`, `123-45-6789-B2`) and
 * Railroad Retirement numbers (`A123456`, `WCA123456789`), after a cue (`HICN`, `HIC #`,
 * `health insurance claim number`, `Medicare number`, `RRB`). The whole token is masked because it
 * contains an SSN. Misses: HICNs with no cue (the SSN part alone is still caught by `usSsn` when
 * dashed).
 */
export const hicn = defineDetector({
  id: 'hicn',
  kind: 'hicn',
  source: String.raw`(?i)\b(?:${labels})[ \t]*(?:is|was)?[ \t]*[:#=-]?[ \t]*["']?(\d{3}-?\d{2}-?\d{4}-?[A-Z][0-9A-Z]?|[A-Z]{1,3}\d{6}(?:\d{3})?)\b`,
  group: 1,
  needs: ['digit', 'letter'],
  confirm: (text, start, end) => isolated(text, start, end),
});
