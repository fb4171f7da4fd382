import { defineDetector } from '../src/detector.js';
import { isolated } from '../src/validate.js';

/**
 * Latitude, longitude pairs in text (PHI-IDENTIFIERS §18.3): two decimal numbers with at least three
 * decimals each, separated by a comma (`42.3601, -71.0589`, `(-33.865, 151.209)`), latitude within
 * ±90 and longitude within ±180. Three decimals keep `1.25, 3.75` and version lists out.
 * Misses: single coordinates (masked by key: `lat`, `lng`), geohashes, plus codes, DMS notation.
 */
export const geoCoordinates = defineDetector({
  id: 'geo-coordinates',
  kind: 'geo',
  source: String.raw`[-+]?\b(?:[1-8]?\d\.\d{3,}|90\.0{3,})[ \t]*,[ \t]*[-+]?(?:1[0-7]\d|[1-9]?\d|180)\.\d{3,}\b`,
  needs: ['digit'],
  confirm: (text, start, end) => isolated(text, start, end),
});
