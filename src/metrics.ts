import type { RedactionReport } from './report.js';

/** One counter point, shaped for OpenTelemetry, Prometheus or StatsD exporters. */
export interface MetricPoint {
  /** Metric name (`phi_redact_redactions_total`). */
  readonly name: string;
  /** The count. */
  readonly value: number;
  /** Labels: `kind`, `detector` or `limit`; never a value or a key from the data. */
  readonly attributes: Readonly<Record<string, string>>;
}

/** Options for `reportToMetrics`. */
export interface MetricsOptions {
  /** Prefix of every metric name. @defaultValue `'phi_redact'` */
  readonly prefix?: string;
  /** Also emit points whose count is zero. @defaultValue `false` */
  readonly includeZero?: boolean;
}

/**
 * Flattens a redaction report (from `redactWithReport` or `stats()`) into counter points:
 * `{prefix}_redactions_total{kind}`, `{prefix}_detections_total{detector}`,
 * `{prefix}_limits_total{limit}`, `{prefix}_failures_total` and, for `stats()`,
 * `{prefix}_records_total`. Reports hold counts only, so the points carry no PHI.
 * @example
 * for (const p of reportToMetrics(redactor.stats())) counter(p.name).add(p.value, p.attributes);
 */
export function reportToMetrics(report: RedactionReport & { readonly records?: number }, options: MetricsOptions = {}): MetricPoint[] {
  const prefix = options.prefix ?? 'phi_redact';
  const keep = (n: number): boolean => options.includeZero === true || n !== 0;
  const points: MetricPoint[] = [];
  const add = (name: string, value: number, attributes: Record<string, string> = {}): void => {
    if (keep(value)) points.push(Object.freeze({ name: `${prefix}_${name}`, value, attributes: Object.freeze(attributes) }));
  };
  for (const [kind, n] of sorted(report.byKind)) add('redactions_total', n, { kind });
  for (const [detector, n] of sorted(report.byDetector)) add('detections_total', n, { detector });
  for (const [limit, n] of sorted(report.limits)) add('limits_total', n, { limit });
  add('failures_total', report.failures);
  if (typeof report.records === 'number') add('records_total', report.records);
  return points;
}

/** Entries in name order, so exports are stable from call to call. */
function sorted(counts: Readonly<Record<string, number>>): Array<[string, number]> {
  return Object.entries(counts).sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0));
}
