/**
 * Shared adapter contract (#4): the same PHI payloads go through every adapter with its REAL
 * host (pino, winston via redactFormat and via protectLogger, @sentry/node, OpenTelemetry spans
 * and log records), and the bytes each host would send are searched for every PHI string.
 *
 * 1. Bug-case payloads (values copied from shared/cases/bug-cases.md, fake identities): no PHI
 *    string at all may reach the bytes, nor its percent-encoded form.
 * 2. A deterministic sample of the dev corpus (every shape, evenly spaced by id): an adapter
 *    never leaks a PHI string that the engine alone (`createRedactor().redact(input)`, scored
 *    with bench/score.ts `leaves`/`occurs`) does not leak. The engine's own leaks on the sample
 *    are counted in the test title: those are what this contract does NOT prove.
 * 3. Forced failure, the same for every adapter: a redactor whose methods throw, and an engine
 *    whose SSN detector's `confirm` throws: the host never throws and no raw PHI is sent.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { leaves, loadCorpus, occurs, type CorpusCase } from '../../bench/score.js';
import { builtinDetectors, createRedactor, defineDetector, type Redactor } from '../../src/index.js';
import { decode, found } from '../support/contract-check.js';
import { hosts, type Host, type HostOutput, type RedactorInput } from '../support/contract-hosts.js';

interface BugPayload {
  readonly id: string;
  readonly value: () => unknown;
  readonly phi: readonly string[];
}

function error(name: string, message: string, stack: string, extra: { cause?: unknown; props?: Record<string, unknown> } = {}): Error {
  const err = new Error(message, extra.cause === undefined ? undefined : { cause: extra.cause });
  err.name = name;
  err.stack = stack;
  return Object.assign(err, extra.props);
}

// Values copied from /work/shared/cases/bug-cases.md (B01-B27, fake identities), in the shapes
// the cases use. Lab values of B07 ("6.1", "130", "2.4") need a path policy and are covered by
// the core tests; here B07 contributes its MRN. B09's process.argv is its own payload.
const bugPayloads: readonly BugPayload[] = [
  {
    id: 'B01 JSON in the message',
    value: () => 'intake payload: {"patient":{"name":"Jane Roe","ssn":"123-45-6789","mrn":"MRN-00482139"}}',
    phi: ['123-45-6789', 'MRN-00482139'],
  },
  { id: 'B01 JSON argument', value: () => 'intake payload: {"patient":{"ssn":"111-22-3333"}}', phi: ['111-22-3333'] },
  {
    id: 'B02 depth',
    value: () => ({ encounter: { patient: { identity: { ssn: '123-45-6789' }, contacts: [{ kin: { ssn: '111-22-3333' } }] } } }),
    phi: ['123-45-6789', '111-22-3333'],
  },
  {
    id: 'B04 key variants',
    value: () => ({
      SSN: '123-45-6789', Ssn: '111-22-3333', socialSecurityNumber: '123456789', patient_ssn: '123-45-6789',
      SocialSecurityNo: '111223333', DOB: '1984-03-07', Date_Of_Birth: '1984-03-07',
    }),
    phi: ['123-45-6789', '111-22-3333', '123456789', '111223333', '1984-03-07'],
  },
  {
    id: 'B05 scalar container',
    value: () => ({ msg: 'lookup', patient: 'Jane Roe, DOB 1984-03-07, SSN 123-45-6789' }),
    phi: ['Jane Roe', '1984-03-07', '123-45-6789'],
  },
  {
    id: 'B06 null on the path',
    value: () => ({ encounter: { patient: null }, referral: { patient: { mrn: 'MRN-00482139' } }, count: 3 }),
    phi: ['MRN-00482139'],
  },
  {
    id: 'B07 arrays',
    value: () => ({ visits: [{ patient: { mrn: 'MRN-00482139' }, labs: [{ code: 'A1C', value: '6.1' }, { code: 'LDL', value: '130' }, { code: 'TSH', value: '2.4' }] }] }),
    phi: ['MRN-00482139'],
  },
  {
    id: 'B09 uncaught error',
    value: () => error('Error', 'chart lookup failed for SSN 123-45-6789', 'Error: chart lookup failed for SSN 123-45-6789\n    at load (chart.js:10:5)'),
    phi: ['123-45-6789'],
  },
  { id: 'B09 process.argv', value: () => ({ process: { argv: ['node', 'reindex.js', '--patient', 'MRN-00917734'] } }), phi: ['MRN-00917734'] },
  {
    id: 'B10 error as meta',
    value: () =>
      error('Error', 'no chart for jane.roe@example.com (MRN-00482139)', 'Error: no chart for jane.roe@example.com (MRN-00482139)\n    at update (chart.js:22:9)'),
    phi: ['jane.roe@example.com', 'MRN-00482139'],
  },
  { id: 'B11 shared nested object', value: () => ({ message: 'intake', patient: { name: 'Jane Roe', mrn: 'MRN-00482139' } }), phi: ['Jane Roe', 'MRN-00482139'] },
  {
    id: 'B12 request',
    value: () => ({
      method: 'POST',
      url: 'https://ehr.example.test/patients/123-45-6789/notes?dob=1984-03-07&email=jane.roe%40example.com',
      query_string: [['dob', '1984-03-07'], ['email', 'jane.roe@example.com']],
      data: '{"note":"pt Jane Roe reports pain","mrn":"MRN-00482139"}',
      headers: { 'x-patient-id': 'MRN-00482139', 'user-agent': 'test' },
      cookies: { sid: 'abc', last_patient: 'MRN-00917734' },
    }),
    phi: ['123-45-6789', '1984-03-07', 'jane.roe@example.com', 'jane.roe%40example.com', 'MRN-00482139', 'MRN-00917734', 'Jane Roe'],
  },
  {
    id: 'B12 transaction name',
    value: () => 'POST /patients/123-45-6789/notes',
    phi: ['123-45-6789'],
  },
  {
    id: 'B14 console breadcrumb',
    value: () => ({ category: 'console', level: 'log', message: 'saving Jane Roe 123-45-6789', data: { logger: 'console', arguments: ['saving', { name: 'Jane Roe', ssn: '123-45-6789' }] } }),
    phi: ['Jane Roe', '123-45-6789'],
  },
  {
    id: 'B14 http breadcrumb',
    value: () => ({ category: 'http', type: 'http', data: { url: 'https://labs.example.test/results', 'http.query': '?mrn=MRN-00482139', status_code: 200 } }),
    phi: ['MRN-00482139'],
  },
  {
    id: 'B15 frame vars',
    value: () => ({
      function: 'buildSummary', in_app: true, context_line: '  const label = `${patient.name} ${patient.mrn}`;',
      vars: { patient: { name: 'Jane Roe', mrn: 'MRN-00482139', dob: '1984-03-07' }, ssnInput: '123-45-6789', attempt: 2 },
    }),
    phi: ['Jane Roe', 'MRN-00482139', '1984-03-07', '123-45-6789'],
  },
  {
    id: 'B17 SELECT',
    value: () => "SELECT * FROM patients WHERE ssn = '123-45-6789' AND last_name = 'Roe' AND mrn IN ('MRN-00482139', 'MRN-00917734')",
    phi: ['123-45-6789', 'MRN-00482139', 'MRN-00917734'],
  },
  {
    id: 'B17 statement attributes',
    value: () => ({
      'db.system': 'postgresql', 'db.query.text': "UPDATE visits SET note = 'Jane Roe, DOB 1984-03-07' WHERE id = 42",
      'db.postgresql.values': ['123-45-6789', '1984-03-07'],
    }),
    phi: ['123-45-6789', 'Jane Roe', '1984-03-07'],
  },
  {
    id: 'B19 url.full',
    value: () => 'https://ehr.example.test/patients/123-45-6789/records?email=jane.roe%40example.com',
    phi: ['123-45-6789', 'jane.roe%40example.com', 'jane.roe@example.com'],
  },
  {
    id: 'B19 URL attributes',
    value: () => ({
      'http.request.method': 'GET', 'url.path': '/patients/123-45-6789/records', 'url.query': 'email=jane.roe%40example.com&dob=1984-03-07',
      'http.target': '/patients/123-45-6789/records?dob=1984-03-07', 'http.route': '/patients/:id/records',
    }),
    phi: ['123-45-6789', 'jane.roe%40example.com', 'jane.roe@example.com', '1984-03-07'],
  },
  {
    id: 'B20 quotes and backslash',
    value: () => ({ headers: { Cookie: { session: 'abc' }, Host: 'ehr.example.test' }, note: 'pt said "my SSN is 123-45-6789" twice\\', tail: 'kept' }),
    phi: ['123-45-6789'],
  },
  { id: 'B21 status message', value: () => 'MRN-00482139 not found for Jane Roe', phi: ['MRN-00482139'] },
  {
    id: 'B21 exception',
    value: () => error('NotFoundError', 'MRN-00482139 not found for Jane Roe', 'NotFoundError: MRN-00482139 not found for Jane Roe\n    at load (chart.js:10:5)'),
    phi: ['MRN-00482139'],
  },
  { id: 'B21 log attribute', value: () => ({ 'exception.message': 'SSN 123-45-6789 rejected' }), phi: ['123-45-6789'] },
  {
    id: 'B23 cycle and shared object',
    value: () => {
      const clinic = { address: '12 Example St' };
      const patient: Record<string, unknown> = { ssn: '123-45-6789' };
      patient.self = patient;
      return { patient, clinic, billingClinic: clinic };
    },
    phi: ['123-45-6789', '12 Example St'],
  },
  {
    id: 'B25 Error with props and cause',
    value: () =>
      error('ValidationError', 'invalid DOB 1984-03-07 for MRN-00482139', 'ValidationError: invalid DOB 1984-03-07 for MRN-00482139\n    at check (intake.js:5:11)', {
        props: { field: 'dob', patientEmail: 'jane.roe@example.com' },
        cause: error('Error', 'upstream said SSN 123-45-6789 mismatch', 'Error: upstream said SSN 123-45-6789 mismatch'),
      }),
    phi: ['1984-03-07', 'MRN-00482139', 'jane.roe@example.com', '123-45-6789'],
  },
  {
    id: 'B27 long field and tail',
    value: () => ({ note: '1-2-3-45-'.repeat(40000), tail: 'contact jane.roe@example.com or 555-0142' }),
    phi: ['jane.roe@example.com', '555-0142'],
  },
];

// The dev corpus sample: per shape, cases sorted by id, ten evenly spaced picks
// (index floor(i * n / 10), i = 0..9). Fixed rule, no hand picking; the fixture is only read.
const perShape = 10;
function sampleCorpus(cases: readonly CorpusCase[]): CorpusCase[] {
  const byShape = new Map<string, CorpusCase[]>();
  for (const c of cases) byShape.set(c.shape, [...(byShape.get(c.shape) ?? []), c]);
  const out: CorpusCase[] = [];
  for (const shape of [...byShape.keys()].sort()) {
    const list = byShape.get(shape)!.slice().sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
    const picks = new Set<number>();
    for (let i = 0; i < perShape; i++) picks.add(Math.floor((i * list.length) / perShape));
    for (const i of picks) out.push(list[i]!);
  }
  return out;
}

const engine = createRedactor();
const sample = sampleCorpus(loadCorpus());
const engineLeaks = new Map<string, Set<string>>();
let phiTotal = 0;
let phiLeakedByEngine = 0;
for (const c of sample) {
  const out = leaves(engine.redact(c.input));
  const leaked = new Set(c.phi.filter((p) => occurs(out, p)));
  engineLeaks.set(c.id, leaked);
  phiTotal += c.phi.length;
  phiLeakedByEngine += leaked.size;
}
const shapes = [...new Set(sample.map((c) => c.shape))].sort();

/** Host bytes for a payload-free record: PHI strings already there are not the adapter's doing. */
const noise = new Map<string, ReturnType<typeof decode>>();
const excluded: string[] = [];

function describeOutput(out: HostOutput): string {
  return `${out.chunks.length} chunk(s), thrown: ${out.thrown.map(String).join('; ') || 'none'}`;
}

describe('adapter contract', () => {
  beforeAll(async () => {
    for (const host of hosts) noise.set(host.name, decode((await host.run('contract noise probe', engine)).chunks));
  });
  afterAll(() => {
    if (excluded.length > 0) console.info(`contract: PHI strings skipped because the host sends them anyway:\n  ${excluded.join('\n  ')}`);
  });

  it('bug-case payloads: the engine alone leaves none of their PHI (so every adapter must not either)', () => {
    for (const p of bugPayloads) {
      const out = leaves(engine.redact(p.value()));
      expect(p.phi.filter((v) => occurs(out, v)), p.id).toEqual([]);
    }
  });

  describe.each(hosts.map((h) => [h.name, h] as const))('%s', (_name, host: Host) => {
    it(`sends no bug-case PHI (${bugPayloads.length} payloads, percent-encoded forms included)`, async () => {
      const leaks: string[] = [];
      for (const p of bugPayloads) {
        const out = await host.run(p.value(), engine);
        expect(out.thrown, `${p.id}: ${describeOutput(out)}`).toEqual([]);
        expect(out.chunks.length, `${p.id}: nothing was sent`).toBeGreaterThan(0);
        const d = decode(out.chunks);
        for (const v of p.phi) if (found(d, v, true)) leaks.push(`${p.id}: ${v}`);
      }
      expect(leaks).toEqual([]);
    });

    it(`leaks no corpus PHI the engine alone does not (${sample.length} cases, ${shapes.length} shapes, ${phiTotal} PHI strings; engine alone leaks ${phiLeakedByEngine})`, async () => {
      const leaks: string[] = [];
      const hostNoise = noise.get(host.name)!;
      for (const c of sample) {
        const out = await host.run(c.input, engine);
        expect(out.thrown, `${c.id}: ${describeOutput(out)}`).toEqual([]);
        expect(out.chunks.length, `${c.id}: nothing was sent`).toBeGreaterThan(0);
        const d = decode(out.chunks);
        const allowed = engineLeaks.get(c.id)!;
        for (const v of c.phi) {
          if (allowed.has(v)) continue;
          if (found(hostNoise, v)) {
            excluded.push(`${host.name} ${c.id}: ${v}`);
            continue;
          }
          if (found(d, v)) leaks.push(`${c.id} (${c.shape}): ${v}`);
        }
      }
      expect(leaks).toEqual([]);
    });

    it('fails closed: a redactor that throws, and a detector whose confirm throws', async () => {
      const ssn = '123-45-6789';
      const payloads: unknown[] = [
        `chart lookup failed for SSN ${ssn}`,
        { patient: { ssn, name: 'Jane Roe' }, note: `SSN ${ssn} on file` },
        new Error(`lookup failed for SSN ${ssn}`),
      ];
      const leaks: string[] = [];
      for (const failing of failingRedactors()) {
        for (const payload of payloads) {
          const out = await host.run(payload, failing.redactor);
          expect(out.thrown, `${failing.name}: ${describeOutput(out)}`).toEqual([]);
          const d = decode(out.chunks);
          for (const v of [ssn, 'Jane Roe']) if (found(d, v, true)) leaks.push(`${failing.name} / ${JSON.stringify(String(payload))}: ${v}`);
        }
      }
      expect(leaks).toEqual([]);
    });
  });
});

describe('values learned in a record, through winston protectLogger', () => {
  // Regression: known values were not replaced in symbol-keyed values (the rendered line).
  it('masks a value learned inside a JSON string field in the rendered line too', async () => {
    const host = hosts.find((h) => h.name === 'winston protectLogger')!;
    // reportstream-a15875d1 reduced: `value` tags the MRN (key rule inside JSON text), `key` repeats it.
    const out = await host.run({ key: 'xglzyi', value: '{"mrn":"xglzyi"}' }, engine);
    expect(found(decode(out.chunks), 'xglzyi')).toBe(false);
  });
});

/** The same two forced failures for every adapter. */
function failingRedactors(): Array<{ name: string; redactor: RedactorInput }> {
  const boom = (): never => {
    throw new Error('forced failure 123-45-6789');
  };
  const throwing: Redactor = {
    redact: boom,
    redactString: boom,
    redactOrWithhold: boom,
    redactWithReport: boom,
    stats: boom,
    detectors: builtinDetectors,
  };
  const confirmThrows = defineDetector({
    id: 'contract-confirm-throws',
    kind: 'ssn',
    source: String.raw`\d{3}-\d{2}-\d{4}`,
    confirm: () => {
      throw new Error('forced confirm failure');
    },
  });
  // The built-in SSN detectors are left out, so the throwing one is what meets the SSN.
  const detectors = [...builtinDetectors.filter((d) => d.kind !== 'ssn'), confirmThrows];
  return [
    { name: 'redactor methods throw', redactor: throwing },
    { name: 'detector confirm throws', redactor: createRedactor({ detectors, onFailure: () => {} }) },
  ];
}
