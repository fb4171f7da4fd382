/**
 * Linear-time check: adversarial strings for every detector and for the JSON finder, at several
 * sizes, scanned whole (maxStringLength raised to 8 MiB so nothing is cut before the scan).
 * Reports milliseconds per MiB; in linear code that number does not grow with size.
 *
 *   npx tsx bench/linear.bench.ts            # prints the table
 *   import { linearBenchGroups } from './linear.bench.js'   # for a bench runner
 */
import { pathToFileURL } from 'node:url';
import { createRedactor } from '../src/index.js';

/** One adversarial input family: `make(n)` returns a string of about `n` characters. */
export interface LinearInput {
  readonly name: string;
  readonly make: (n: number) => string;
}

/** One family at several sizes, each a ready-to-run case (for mitata or a plain timer). */
export interface LinearGroup {
  readonly name: string;
  readonly cases: ReadonlyArray<{ readonly size: number; readonly text: string; readonly run: () => unknown }>;
}

const fill = (unit: string) => (n: number) => unit.repeat(Math.ceil(n / unit.length)).slice(0, n);

/** Inputs built to make a backtracking or quadratic scanner stall. */
export const adversarialInputs: readonly LinearInput[] = [
  { name: 'digit run', make: fill('1') },
  { name: 'B27 digit groups 1-2-3-45-', make: fill('1-2-3-45-') },
  { name: 'SSN near miss 123-45-678', make: fill('123-45-678 ') },
  { name: 'SSN unicode dashes', make: fill('123\u201345\u2013') },
  { name: 'repeated separators', make: fill('- .-') },
  { name: 'date near miss 2024-13-45', make: fill('2024-13-45 ') },
  { name: 'compact dates 19990101', make: fill('19990101') },
  { name: 'month words Mar Mar', make: fill('Mar ') },
  { name: 'labels MRN MRN', make: fill('MRN ') },
  { name: 'label then letters', make: (n) => 'MRN: ' + fill('A')(n - 5) },
  { name: '@ storm', make: fill('@') },
  { name: 'a@ storm', make: fill('a@') },
  { name: 'e-mail near miss a.b@c', make: fill('a.b@c') },
  { name: 'HL7 empty fields', make: (n) => 'PID|1||' + fill('|')(n - 7) },
  { name: 'HL7 components ^~', make: fill('^~|') },
  { name: 'many {', make: fill('{') },
  { name: 'many {"a":', make: fill('{"a":') },
  { name: 'unclosed { then JSON', make: (n) => fill('{ ')(n - 30) + '{"ssn":"123456789"}' },
  { name: 'percent escapes %2F', make: fill('%2F') },
  { name: 'capitalised words', make: fill('Aa Bb ') },
  { name: 'honorifics Mr. Mr.', make: fill('Mr. ') },
  { name: 'colons and digits', make: fill('1:2:') },
];

/** Sizes measured, in characters. */
export const linearSizes: readonly number[] = [64 * 1024, 256 * 1024, 1024 * 1024];

/** The cases, grouped by input family. The redactor scans up to 8 MiB per string. */
export function linearBenchGroups(sizes: readonly number[] = linearSizes): LinearGroup[] {
  const redactor = createRedactor({ maxStringLength: 8 << 20, maxTotalLength: 64 << 20, onFailure: () => {} });
  return adversarialInputs.map((input) => ({
    name: input.name,
    cases: sizes.map((size) => {
      const text = input.make(size);
      return { size, text, run: () => redactor.redactString(text) };
    }),
  }));
}

/** Median milliseconds per MiB for each group and size. */
export function measureLinear(sizes: readonly number[] = linearSizes, repeats = 3): Array<{ name: string; msPerMiB: number[] }> {
  return linearBenchGroups(sizes).map((group) => ({
    name: group.name,
    msPerMiB: group.cases.map((c) => {
      const times: number[] = [];
      for (let i = 0; i < repeats; i++) {
        const t = performance.now();
        c.run();
        times.push(performance.now() - t);
      }
      times.sort((a, b) => a - b);
      return times[times.length >> 1]! / (c.size / (1 << 20));
    }),
  }));
}

/** Prints a Markdown table: ms per MiB at each size and the largest/smallest ratio. */
export function printLinearTable(sizes: readonly number[] = linearSizes): void {
  const rows = measureLinear(sizes);
  const head = sizes.map((s) => `${Math.round(s / 1024)} KiB`);
  console.log(`| input | ${head.join(' | ')} | growth |`);
  console.log(`| --- | ${head.map(() => '---:').join(' | ')} | ---: |`);
  for (const r of rows) {
    const growth = r.msPerMiB[r.msPerMiB.length - 1]! / Math.max(r.msPerMiB[0]!, 0.01);
    console.log(`| ${r.name} | ${r.msPerMiB.map((x) => x.toFixed(1)).join(' | ')} | ${growth.toFixed(2)}x |`);
  }
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) printLinearTable();
