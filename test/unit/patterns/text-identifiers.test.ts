import { fc } from '@fast-check/vitest';
import { ageOver89 } from '../../../patterns/age-over-89.js';
import { geoCoordinates } from '../../../patterns/geo-coordinates.js';
import { detectorSuite, mb } from './detector-suite.js';

detectorSuite('ageOver89 and geoCoordinates', {
  detectors: [ageOver89, geoCoordinates],
  masks: [
    ['a 93 y/o female', '93'],
    ['93-year-old male', '93'],
    ['Age: 95', '95'],
    ['aged 101 at admission', '101'],
    ['92 yrs old', '92'],
    ['geocode 42.3601, -71.0589 rooftop', '42.3601, -71.0589'],
    ['at (-33.865, 151.209)', '-33.865, 151.209'],
  ],
  keeps: ['age 89', 'page 95', '45 yo', 'usage 95%', '100 days old', '1.25, 3.75', 'ratio 0.125, 0.5', 'v1.2.3, 4.5.6'],
  valid: fc.oneof(
    fc.integer({ min: 90, max: 119 }).map((n) => ({ text: `age ${n}`, secret: `age ${n}` })),
    fc.tuple(fc.integer({ min: -89_999, max: 89_999 }), fc.integer({ min: -179_999, max: 179_999 })).map(([a, b]) => {
      const pair = `${(a / 1000).toFixed(3)}, ${(b / 1000).toFixed(3)}`;
      return { text: pair, secret: pair };
    }),
  ),
  adversarial: [mb('9'), mb('93 '), mb('age '), mb('1.234,'), mb('1.2345, ')],
});
