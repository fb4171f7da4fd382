/**
 * A seeded workload of pino-style log calls, shared by the benchmarks. Mostly records without
 * PHI (request logs, app events, interpolated messages), some with it (FHIR Patients, patient
 * objects, errors quoting identifiers, `%s` values next to cues). All values are synthetic.
 */

/** One log call: the level method and its arguments, exactly as the application would pass them. */
export interface LogCall {
  readonly level: 'info' | 'warn' | 'error' | 'debug';
  readonly args: readonly unknown[];
  /** True when the call carries PHI (for density reporting). */
  readonly phi: boolean;
}

/** Field names pino's own `redact` is given in the comparison: the dictionary's main keys. */
export const phiKeys = [
  'ssn', 'dob', 'birthDate', 'mrn', 'firstName', 'lastName', 'phone', 'email', 'address', 'telecom', 'identifier', 'patientName',
] as const;

/** pino `redact.paths` for `phiKeys` at depths 1 to `depth` (`ssn`, `*.ssn`, `*.*.ssn`, `*.*.*.ssn`). */
export function pinoRedactPaths(depth = 4): string[] {
  const paths: string[] = [];
  for (const key of phiKeys) for (let d = 0; d < depth; d++) paths.push('*.'.repeat(d) + key);
  return paths;
}

/** Deterministic PRNG (mulberry32), so every run logs the same records. */
export function seeded(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const given = ['Jane', 'Omar', 'Li', 'Maria', 'Tomasz', 'Aisha', 'Kenji', 'Grace'];
const family = ['Roe', 'Haddad', 'Chen', 'Garcia', 'Nowak', 'Okafor', 'Tanaka', 'Whitfield'];
const routes = ['/api/v1/appointments', '/api/v1/health', '/api/v1/claims/search', '/fhir/r4/Observation', '/api/v1/schedule'];
const events = ['cache.miss', 'queue.drained', 'job.finished', 'token.refreshed', 'pool.resized'];

/** `count` log calls from `seed`: about 80% without PHI. */
export function makeWorkload(count = 1000, seed = 42): LogCall[] {
  const rnd = seeded(seed);
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(rnd() * xs.length)]!;
  const digits = (n: number) => Array.from({ length: n }, () => Math.floor(rnd() * 10)).join('');
  const ssn = () => `${100 + Math.floor(rnd() * 500)}-${10 + Math.floor(rnd() * 89)}-${1000 + Math.floor(rnd() * 8999)}`;
  const date = () => `19${50 + Math.floor(rnd() * 49)}-0${1 + Math.floor(rnd() * 9)}-1${Math.floor(rnd() * 9)}`;
  const hex = (n: number) => Array.from({ length: n }, () => Math.floor(rnd() * 16).toString(16)).join('');
  const calls: LogCall[] = [];
  for (let i = 0; i < count; i++) {
    const r = rnd();
    if (r < 0.4) {
      const status = rnd() < 0.9 ? 200 : 503;
      calls.push({
        level: 'info',
        phi: false,
        args: [
          {
            reqId: `req-${hex(6)}`,
            req: { method: rnd() < 0.7 ? 'GET' : 'POST', url: `${pick(routes)}?page=${Math.floor(rnd() * 9)}`, remotePort: 40000 + Math.floor(rnd() * 9999) },
            res: { statusCode: status },
            responseTime: Math.floor(rnd() * 400),
          },
          'request completed',
        ],
      });
    } else if (r < 0.6) {
      calls.push({ level: 'debug', phi: false, args: [{ event: pick(events), durationMs: Math.floor(rnd() * 90), shard: Math.floor(rnd() * 16) }, 'background task'] });
    } else if (r < 0.72) {
      calls.push({ level: 'info', phi: false, args: ['worker %s processed %d jobs in %dms', `w-${hex(4)}`, Math.floor(rnd() * 500), Math.floor(rnd() * 900)] });
    } else if (r < 0.8) {
      const e = new Error(`upstream timeout after ${Math.floor(rnd() * 30)}s calling payer api`);
      calls.push({ level: 'warn', phi: false, args: [{ err: e, attempt: 1 + Math.floor(rnd() * 3) }, 'retrying'] });
    } else if (r < 0.88) {
      const g = pick(given);
      const f = pick(family);
      calls.push({
        level: 'info',
        phi: true,
        args: [
          {
            reqId: `req-${hex(6)}`,
            resource: {
              resourceType: 'Patient',
              id: `${hex(8)}-${hex(4)}-${hex(4)}`,
              identifier: [{ system: 'urn:oid:2.16.840.1.113883.3.1', value: `MRN-${digits(8)}` }],
              name: [{ use: 'official', family: f, given: [g] }],
              gender: rnd() < 0.5 ? 'female' : 'male',
              birthDate: date(),
              telecom: [{ system: 'phone', value: `(555) ${digits(3)}-${digits(4)}` }],
              address: [{ line: [`${digits(3)} Elm St`], city: 'Springfield', postalCode: digits(5) }],
            },
          },
          'FHIR Patient read',
        ],
      });
    } else if (r < 0.94) {
      calls.push({
        level: 'info',
        phi: true,
        args: [{ patient: { firstName: pick(given), lastName: pick(family), ssn: ssn(), dob: date() }, visit: { type: 'outpatient' } }, 'intake saved'],
      });
    } else if (r < 0.97) {
      const e = new Error(`lookup failed for MRN-${digits(8)} (SSN ${ssn()})`);
      calls.push({ level: 'error', phi: true, args: [e] });
    } else {
      calls.push({ level: 'info', phi: true, args: ['verify patient %s SSN %s', `${pick(given)} ${pick(family)}`, ssn()] });
    }
  }
  return calls;
}
