import * as Sentry from '@sentry/node';

type TransportFactory = NonNullable<Sentry.NodeOptions['transport']>;

/**
 * A real Sentry transport (the SDK's own `createTransport`, so envelopes are serialized by the
 * SDK) whose request function records the bytes instead of sending them anywhere.
 */
export function captureTransport(): { readonly bodies: string[]; readonly make: TransportFactory; text(): string } {
  const bodies: string[] = [];
  const make: TransportFactory = (options) =>
    Sentry.createTransport(options, (request) => {
      const body = request.body;
      bodies.push(typeof body === 'string' ? body : Buffer.from(body).toString('utf8'));
      return Promise.resolve({ statusCode: 200 });
    });
  return { bodies, make, text: () => bodies.join('\n') };
}

/** Envelope items of one type, parsed from the recorded bytes. */
export function itemsOf(bodies: readonly string[], type: string): unknown[] {
  const out: unknown[] = [];
  for (const body of bodies) {
    const lines = body.split('\n');
    for (let i = 1; i < lines.length - 1; i++) {
      let header: { type?: string };
      try {
        header = JSON.parse(lines[i]!) as { type?: string };
      } catch {
        continue;
      }
      if (header.type === type) {
        out.push(JSON.parse(lines[i + 1]!));
        i++;
      }
    }
  }
  return out;
}

/** A DSN on 127.0.0.1 (never contacted: the capture transport keeps the bytes). */
export const localDsn = 'http://public@127.0.0.1:9/1';
