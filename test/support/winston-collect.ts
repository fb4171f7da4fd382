import Transport from 'winston-transport';

const MESSAGE = Symbol.for('message');

/** A real winston transport that keeps what it was asked to write: the final line and the info. */
export class CollectingTransport extends Transport {
  readonly lines: string[] = [];
  readonly infos: Record<string | symbol, unknown>[] = [];

  override log(info: Record<string | symbol, unknown>, callback: () => void): void {
    this.infos.push(info);
    const line = info[MESSAGE];
    // A transport with no finalizer in its chain gets no MESSAGE; keep a JSON view so tests still see everything.
    this.lines.push(typeof line === 'string' ? line : JSON.stringify(info));
    callback();
  }
}

/** Waits until winston's streams have delivered what was written (they flow on later ticks). */
export function settle(): Promise<void> {
  return new Promise((resolve) => setImmediate(() => setImmediate(resolve)));
}
