import * as Sentry from '@sentry/node';
import { afterEach, describe, expect, it } from 'vitest';
import { withRedaction } from '../../adapters/sentry.js';
import type { Redactor } from '../../src/index.js';
import { failingRedactor, withholdingRedactor } from '../support/canary-redactor.js';
import { captureTransport, itemsOf, localDsn } from '../support/sentry-capture.js';

type Capture = ReturnType<typeof captureTransport>;

async function run(
  body: () => void | Promise<void>,
  options: Sentry.NodeOptions = {},
  redactor?: Redactor,
): Promise<Capture> {
  const capture = captureTransport();
  Sentry.init(withRedaction({ dsn: localDsn, transport: capture.make, tracesSampleRate: 1, ...options }, redactor ?? {}));
  await body();
  await Sentry.flush(2000);
  await Sentry.close(2000);
  return capture;
}
afterEach(async () => {
  await Sentry.close(0);
});
function expectClean(text: string, phi: readonly string[]): void {
  expect(text.length).toBeGreaterThan(0);
  for (const p of phi) expect(text).not.toContain(p);
}
type Ev = Record<string, any>;

describe('withRedaction', () => {
  // B12 (copied from shared/cases/bug-cases.md, getsentry/sentry-javascript#10264)
  it('redacts request url, query in every shape, JSON body, headers, drops cookies, templates the transaction (B12)', async () => {
    const phi = ['123-45-6789', '1984-03-07', 'jane.roe@example.com', 'jane.roe%40example.com', 'MRN-00482139', 'MRN-00917734', 'Jane Roe'];
    const request = {
      method: 'POST',
      url: 'https://ehr.example.test/patients/123-45-6789/notes?dob=1984-03-07&email=jane.roe%40example.com',
      query_string: [['dob', '1984-03-07'], ['email', 'jane.roe@example.com']],
      data: '{"note":"pt Jane Roe reports pain","mrn":"MRN-00482139"}',
      headers: { 'x-patient-id': 'MRN-00482139', 'user-agent': 'test' },
      cookies: { sid: 'abc', last_patient: 'MRN-00917734' },
    };
    const cap = await run(() => {
      Sentry.captureEvent({ exception: { values: [{ type: 'Error', value: 'validation failed' }] }, transaction: 'POST /patients/123-45-6789/notes', request } as unknown as Sentry.Event);
      Sentry.captureEvent({ message: 'string query', request: { url: '/x', query_string: 'dob=1984-03-07&email=jane.roe%40example.com' } });
      Sentry.captureEvent({ message: 'object query', request: { url: '/x', query_string: { dob: '1984-03-07', email: 'jane.roe@example.com' } } });
    });
    expectClean(cap.text(), phi);
    const [event, asString, asObject] = itemsOf(cap.bodies, 'event') as Ev[];
    expect(event!.transaction).toBe('POST /patients/:id/notes');
    expect(event!.request.url).toMatch(/^https:\/\/ehr\.example\.test\/patients\/:id\/notes\?dob=.+&email=/);
    expect(event!.request.cookies).toBeUndefined();
    expect(event!.request.headers['user-agent']).toBe('test');
    expect(JSON.parse(event!.request.data)).toHaveProperty('note');
    expect(event!.request.query_string.map((p: string[]) => p[0])).toEqual(['dob', 'email']);
    expect(asString!.request.query_string).toMatch(/^dob=.+&email=/);
    expect(Object.keys(asObject!.request.query_string)).toEqual(['dob', 'email']);
  });

  // B14 (bug-cases.md, cloudflare/workers-sdk#592)
  it('redacts breadcrumbs added through addBreadcrumb and through scope.addBreadcrumb (B14)', async () => {
    const cap = await run(() => {
      Sentry.addBreadcrumb({ category: 'console', level: 'log', message: 'saving Jane Roe 123-45-6789', data: { logger: 'console', arguments: ['saving', { name: 'Jane Roe', ssn: '123-45-6789' }] } });
      Sentry.getCurrentScope().addBreadcrumb({ category: 'http', type: 'http', data: { url: 'https://labs.example.test/results', 'http.query': '?mrn=MRN-00482139', status_code: 200 } });
      Sentry.getCurrentScope().addBreadcrumb({ category: 'console', message: 'scope crumb SSN 111-22-3333' });
      Sentry.captureException(new Error('save failed'));
    });
    expectClean(cap.text(), ['123-45-6789', 'MRN-00482139', '111-22-3333', 'Jane Roe']);
    const [event] = itemsOf(cap.bodies, 'event') as Ev[];
    const crumbs = event!.breadcrumbs as Ev[];
    expect(crumbs.map((c) => c.category)).toEqual(['console', 'http', 'console']);
    expect(crumbs[1]!.data['http.query']).toMatch(/^\?mrn=/);
    expect(crumbs[1]!.data.status_code).toBe(200);
  });

  // B15 (bug-cases.md, getsentry/sentry-javascript#6478)
  it('walks frame vars with key rules and scans context lines, keeping harmless vars (B15)', async () => {
    const frame = {
      function: 'buildSummary',
      in_app: true,
      context_line: '  const label = `${patient.name} ${patient.mrn}`; // MRN-00482139',
      vars: { patient: { name: 'Jane Roe', mrn: 'MRN-00482139', dob: '1984-03-07' }, ssnInput: '123-45-6789', attempt: 2 },
    };
    const cap = await run(() => {
      Sentry.captureEvent({ exception: { values: [{ type: 'TypeError', value: 'Cannot read properties of undefined', stacktrace: { frames: [frame] } }] } });
    });
    expectClean(cap.text(), ['Jane Roe', 'MRN-00482139', '1984-03-07', '123-45-6789']);
    const [event] = itemsOf(cap.bodies, 'event') as Ev[];
    const vars = event!.exception.values[0].stacktrace.frames[0].vars;
    expect(vars.attempt).toBe(2);
    expect(Object.keys(vars.patient)).toEqual(['name', 'mrn', 'dob']);
  });

  it('redacts an exception with its cause chain and a message event', async () => {
    const cap = await run(() => {
      Sentry.captureException(new Error('chart save failed for SSN 123-45-6789', { cause: new Error('lock held for MRN-00482139') }));
      Sentry.captureMessage('lookup by DOB 1984-03-07 SSN 111-22-3333');
    });
    expectClean(cap.text(), ['123-45-6789', '00482139', '111-22-3333']);
    const [err, msg] = itemsOf(cap.bodies, 'event') as Ev[];
    expect(err!.exception.values.length).toBe(2);
    expect(err!.exception.values.map((v: Ev) => v.value).join(' ')).toMatch(/chart save failed.*lock held|lock held.*chart save failed/);
    expect(msg!.message).toMatch(/^lookup by DOB/);
  });

  it('redacts streamed span names and attributes', async () => {
    const cap = await run(() => {
      Sentry.startSpan({ name: 'GET /patients/123-45-6789/notes', attributes: { 'patient.ssn': '123-45-6789', 'http.query': '?mrn=MRN-00482139', 'db.rows': 3 } }, () => {
        Sentry.startSpan({ name: 'SELECT notes WHERE ssn = 111-22-3333' }, () => {});
      });
    });
    expectClean(cap.text(), ['123-45-6789', '00482139', '111-22-3333']);
    const spans = (itemsOf(cap.bodies, 'span') as Ev[]).flatMap((c) => c.items as Ev[]);
    const names = spans.map((s) => s.name);
    expect(names).toContain('GET /patients/:id/notes');
    const root = spans.find((s) => s.name === 'GET /patients/:id/notes')!;
    expect(root.attributes['db.rows'].value).toBe(3);
  });

  it('redacts static transactions and runs the user static span callback first', async () => {
    const seen: string[] = [];
    const cap = await run(
      () => {
        Sentry.startSpan({ name: 'GET /patients/123-45-6789/notes', attributes: { 'patient.mrn': 'MRN-00482139' } }, () => {
          Sentry.startSpan({ name: 'child', op: 'db', attributes: { statement: 'WHERE ssn = 123-45-6789' } }, () => {});
        });
      },
      { traceLifecycle: 'static', beforeSendSpan: Sentry.withStaticSpan((s) => (seen.push(s.description ?? ''), s)) },
    );
    expectClean(cap.text(), ['123-45-6789', '00482139']);
    expect(seen.length).toBeGreaterThan(0);
    const [tx] = itemsOf(cap.bodies, 'transaction') as Ev[];
    expect(tx!.transaction).toBe('GET /patients/:id/notes');
  });

  it('redacts Sentry logs, scope attributes included', async () => {
    const cap = await run(() => {
      Sentry.getCurrentScope().setAttributes({ 'patient.ssn': '111-22-3333' });
      Sentry.logger.info(Sentry.logger.fmt`chart opened for ${'123-45-6789'}`, { mrn: 'MRN-00482139' });
    });
    const logs = (itemsOf(cap.bodies, 'log') as Ev[]).flatMap((c) => c.items as Ev[]);
    expect(logs).toHaveLength(1);
    expectClean(cap.text(), ['123-45-6789', '00482139', '111-22-3333']);
    expect(logs[0]!.body).toMatch(/^chart opened for /);
  });

  it('runs the user hooks first, then redacts what they added', async () => {
    const calls: string[] = [];
    const cap = await run(() => void Sentry.captureMessage('hello'), {
      beforeSend: async (event) => {
        calls.push('beforeSend');
        return { ...event, extra: { note: 'SSN 123-45-6789' } };
      },
    });
    expect(calls).toEqual(['beforeSend']);
    expectClean(cap.text(), ['123-45-6789']);
    expect((itemsOf(cap.bodies, 'event')[0] as Ev).extra.note).toMatch(/^SSN \[REDACTED/);
  });

  it('drops attachments and sets a restrictive dataCollection the user can override', async () => {
    const cap = await run(() => {
      Sentry.getCurrentScope().addAttachment({ filename: 'chart.txt', data: 'SSN 123-45-6789' });
      Sentry.captureMessage('with attachment');
    });
    expect(itemsOf(cap.bodies, 'event')).toHaveLength(1);
    expect(cap.text()).not.toContain('chart.txt');
    const opts = withRedaction({ dataCollection: { cookies: true } });
    expect(opts.dataCollection).toMatchObject({ cookies: true, userInfo: false, httpBodies: [], stackFrameVariables: false });
  });

  it('sends no raw data when masking itself fails deep inside an event', async () => {
    const cap = await run(() => {
      Sentry.captureException(new Error('SSN 123-45-6789'));
    }, {}, failingRedactor());
    expect(cap.bodies.length).toBeGreaterThan(0);
    expect(cap.text()).not.toContain('123-45-6789');
  });

  it('drops events, breadcrumbs and logs and empties spans when the redactor withholds, without throwing', async () => {
    const cap = await run(() => {
      Sentry.startSpan({ name: 'GET /patients/123-45-6789', attributes: { ssn: '123-45-6789' } }, () => {
        Sentry.addBreadcrumb({ message: 'crumb 111-22-3333' });
        Sentry.logger.info('log SSN 111-22-3333');
        Sentry.captureException(new Error('SSN 123-45-6789'));
      });
    }, {}, withholdingRedactor());
    expect(itemsOf(cap.bodies, 'event')).toHaveLength(0);
    expect(itemsOf(cap.bodies, 'log')).toHaveLength(0);
    const spans = (itemsOf(cap.bodies, 'span') as Ev[]).flatMap((c) => c.items as Ev[]);
    // The hook empties the span; the transport, which cannot redact either, then drops the item.
    for (const span of spans) expect(span.name).toBe('[REDACTED:WITHHELD]');
    const hook = withRedaction({}, withholdingRedactor()).beforeSendSpan!;
    const raw = { trace_id: 't', span_id: 's', name: 'GET /patients/123-45-6789', start_timestamp: 1, status: 'ok' as const, is_segment: true, attributes: { ssn: '123-45-6789' } };
    const out = hook(raw);
    expect(out).toMatchObject({ trace_id: 't', span_id: 's', name: '[REDACTED:WITHHELD]', attributes: {} });
    expect(raw.attributes.ssn).toBe('123-45-6789'); // the SDK's object is not written to
    expect(cap.text()).not.toContain('123-45-6789');
    expect(cap.text()).not.toContain('111-22-3333');
  });
});
