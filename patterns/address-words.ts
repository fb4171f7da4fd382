/**
 * Word lists for street addresses (USPS Publication 28, Appendices C1 and C2), kept as RE2
 * alternations of literals, which RE2 compiles to a compact trie.
 */

/** Street suffixes, full names and standard abbreviations, plurals included (Faker and Synthea use them). */
const suffixes = [
  'Alley', 'Aly', 'Annex', 'Anx', 'Arcade', 'Avenue', 'Ave', 'Av', 'Bayou', 'Beach', 'Bch', 'Bend', 'Bnd',
  'Bluffs?', 'Blf', 'Bottom', 'Btm', 'Boulevard', 'Blvd', 'Branch', 'Bridge', 'Brg', 'Brooks?', 'Brk',
  'Burgs?', 'Bypass', 'Byp', 'Camp', 'Canyon', 'Cyn', 'Cape', 'Cpe', 'Causeway', 'Cswy', 'Centers?',
  'Ctr', 'Circles?', 'Cir', 'Cliffs?', 'Clf', 'Club', 'Commons?', 'Cmn', 'Corners?', 'Cor', 'Course',
  'Courts?', 'Ct', 'Cts', 'Coves?', 'Cv', 'Creek', 'Crk', 'Crescent', 'Cres', 'Crest', 'Crst',
  'Crossing', 'Xing', 'Crossroads?', 'Curve', 'Dale', 'Dam', 'Divide', 'Drives?', 'Dr', 'Estates?',
  'Est', 'Expressway', 'Expy', 'Extensions?', 'Ext', 'Falls?', 'Fls', 'Ferry', 'Fields?', 'Fld',
  'Flds', 'Flats?', 'Flt', 'Fords?', 'Forests?', 'Forges?', 'Frg', 'Forks?', 'Frk', 'Fort', 'Freeway',
  'Fwy', 'Gardens?', 'Gdns?', 'Gateway', 'Gtwy', 'Glens?', 'Greens?', 'Grn', 'Groves?', 'Grv',
  'Harbors?', 'Hbr', 'Haven', 'Heights', 'Hts', 'Highway', 'Hwy', 'Hills?', 'Hl', 'Hollow', 'Holw',
  'Inlet', 'Islands?', 'Isle', 'Junctions?', 'Jct', 'Keys?', 'Knolls?', 'Lakes?', 'Lk', 'Land',
  'Landing', 'Lane', 'Ln', 'Lights?', 'Loaf', 'Locks?', 'Lodge', 'Loop', 'Mall', 'Manors?', 'Mnr',
  'Meadows?', 'Mdws?', 'Mews', 'Mills?', 'Mission', 'Motorway', 'Mount', 'Mountains?', 'Mtn', 'Neck',
  'Orchard', 'Oval', 'Overpass', 'Parks?', 'Parkways?', 'Pkwy', 'Pass', 'Passage', 'Path', 'Pike',
  'Pines?', 'Place', 'Pl', 'Plains?', 'Plaza', 'Plz', 'Points?', 'Pt', 'Ports?', 'Prairie', 'Radial',
  'Ramp', 'Ranch', 'Rapids?', 'Rest', 'Ridges?', 'Rdg', 'River', 'Roads?', 'Rd', 'Route', 'Rte',
  'Row', 'Rue', 'Run', 'Shoals?', 'Shores?', 'Skyway', 'Springs?', 'Spurs?', 'Squares?', 'Sq',
  'Station', 'Sta', 'Stravenue', 'Stream', 'Streets?', 'St', 'Str', 'Summit', 'Smt', 'Terrace',
  'Ter', 'Throughway', 'Trace', 'Track', 'Trafficway', 'Trail', 'Trl', 'Trailer', 'Tunnel', 'Turnpike',
  'Tpke', 'Underpass', 'Unions?', 'Valleys?', 'Vly', 'Viaduct', 'Views?', 'Vw', 'Villages?', 'Vlg',
  'Ville', 'Vista', 'Vis', 'Walks?', 'Wall', 'Ways?', 'Wells?',
];

/** Suffix alternation, matched case-insensitively (`St`, `ST`, `street`). */
export const streetSuffix = `(?i:${suffixes.join('|')})\\b\\.?`;

/** Secondary unit designators (Appendix C2) with their id: `Apt 123`, `Ste. 4B`, `Unit 68`, `# 7`. */
export const unit = String.raw`(?:[ \t]*,?[ \t]*(?:(?i:apartment|apt|suite|ste|unit|floor|fl|room|rm|building|bldg|lot|space|spc|trailer|trlr|dept|department|penthouse|ph)\.?[ \t]*#?|#)[ \t]*[A-Za-z0-9-]{1,8}\b)`;

/** Directionals before or after the street name. */
export const directional = String.raw`(?:Northeast|Northwest|Southeast|Southwest|North|South|East|West|NE|NW|SE|SW|N|S|E|W)\b\.?`;

/** U.S. state and territory codes. */
export const stateCode = String.raw`(?:A[AEKLPRSZ]|C[AOT]|D[CE]|FL|G[AU]|HI|I[ADLN]|K[SY]|LA|M[ADEINOPST]|N[CDEHJMVY]|O[HKR]|P[AR]|RI|S[CD]|T[NX]|UT|V[AIT]|W[AIVY])`;

/** ZIP and ZIP+4. */
export const zipCode = String.raw`\d{5}(?:-\d{4})?`;

/**
 * Street-type endings glued to the name in Nordic, German, Dutch, Baltic, Finnish, Hungarian and
 * Slavic addresses (`Vesterskovvej`, `Hansinegata`, `Pachergasse`, `Hafnarstraeti`).
 * `ring` is left out (`Spring 2024`).
 */
export const foreignStreetEnding = `(?:${[
  'gata', 'gatan', 'gade', 'vej', 'vejen', 'vegen', 'veien', 'vei', 'veg', 'vägen', 'väg', 'stræde', 'straeti', 'stræti',
  'braut', 'gränd', 'plads', 'torv', 'straße', 'strasse', 'str\\.', 'gasse', 'weg', 'allee', 'platz', 'damm', 'steig',
  'straat', 'laan', 'gracht', 'utca', 'katu', 'kuja', 'polku', 'tie', 'tänav', 'iela', 'gatve', 'ulica', 'cesta',
].join('|')})`;

/** Street-type words written before the name (`Via Franscini`, `ul. Słowicza`, `Rua do Arenque`). */
export const foreignStreetPrefix = `(?:${[
  'ul\\.', 'al\\.', 'os\\.', 'pl\\.', 'Via', 'Viale', 'Vicolo', 'Piazza', 'Piazzale', 'Corso', 'Largo', 'Rua', 'Avenida',
  'Avda\\.', 'Calle', 'Carrer', 'Camino', 'Paseo', 'Praça', 'Travessa', 'Alameda', 'Rue', 'Chemin', 'Ulica', 'Aleja',
  'Plac', 'Strada', 'Calea', 'Odos', 'Leoforos',
].join('|')})`;
