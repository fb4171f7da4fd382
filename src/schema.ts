import { RedactionConfigError } from './errors.js';
import { normalizeKey } from './keys.js';

/**
 * Field tags: the `fields` option. A bare name (`mrn`, `patientNotes`) applies at any depth and
 * is matched like the built-in dictionary (case and separators ignored). A dotted path
 * (`visits[*].labs[*].value`, `encounter.**.ssn`) is compiled into a small automaton the walker
 * steps once per key; `*` matches one segment (a key or an array index), `**` any number.
 */

/**
 * A kind name (`'ssn'`, `'name'`, any lower-case word), `'safe'` (kept, not scanned), or a kind
 * with its own strategy (`{ kind: 'zip', strategy: 'generalize' }`; `'remove'` drops the field).
 */
export type FieldRule = string | { readonly kind: string; readonly strategy?: FieldStrategy };

/** Strategies a field rule may name (functions go in the redactor's `strategies` by kind). */
export type FieldStrategy = 'tag' | 'partial' | 'remove' | 'hash' | 'generalize';

/** Separates a kind from a field rule's strategy inside the walker's kind token. */
export const strategySeparator = '\u0001';
const fieldStrategies: ReadonlySet<string> = new Set(['tag', 'partial', 'remove', 'hash', 'generalize']);

/** The marker the walker uses for fields declared safe. */
export const safeKind = '\u0000safe';

/** Compiled field tags. */
export interface FieldPlan {
  /** Normalised bare names to a kind or `safeKind`. */
  readonly names: ReadonlyMap<string, string>;
  /** The path automaton, or null when no dotted paths were given. */
  readonly paths: PathMatcher | null;
}

/** Compiles the `fields` option. Throws `RedactionConfigError` for bad rules. */
export function compileFields(fields: Readonly<Record<string, FieldRule>> = {}): FieldPlan {
  const names = new Map<string, string>();
  const rules: PathRule[] = [];
  for (const [pattern, rule] of Object.entries(fields)) {
    const kind = resolveRule(pattern, rule);
    const segments = splitPath(pattern);
    if (segments.length === 1 && segments[0] !== '*' && segments[0] !== '**') names.set(segments[0]!, kind);
    else rules.push({ segments, kind });
  }
  return { names, paths: rules.length > 0 ? new PathMatcher(rules) : null };
}

function resolveRule(pattern: string, rule: FieldRule): string {
  if (rule === 'safe') return safeKind;
  const kind = typeof rule === 'object' && rule !== null ? rule.kind : rule;
  if (typeof kind !== 'string' || !/^[a-z][a-z0-9-]*$/.test(kind)) {
    throw new RedactionConfigError(`fields[${JSON.stringify(pattern)}]: expected a lower-case kind, 'safe' or { kind, strategy }`);
  }
  if (typeof rule === 'string' || rule.strategy === undefined || rule.strategy === 'tag') return kind;
  if (!fieldStrategies.has(rule.strategy)) {
    throw new RedactionConfigError(`fields[${JSON.stringify(pattern)}].strategy: expected 'tag', 'partial', 'remove', 'hash' or 'generalize'`);
  }
  return kind + strategySeparator + rule.strategy;
}

function splitPath(pattern: string): string[] {
  if (typeof pattern !== 'string' || pattern.length === 0) {
    throw new RedactionConfigError('fields: a path must be a non-empty string');
  }
  const segments = pattern
    .replace(/\[(\*|\d+)\]/g, '.$1')
    .split('.')
    .filter((s) => s.length > 0)
    .map((s) => (s === '*' || s === '**' ? s : normalizeKey(s)));
  if (segments.length === 0 || segments.some((s) => s.length === 0)) {
    throw new RedactionConfigError(`fields[${JSON.stringify(pattern)}]: not a valid path`);
  }
  return segments;
}

interface PathRule {
  readonly segments: readonly string[];
  readonly kind: string;
}

/** A position in the automaton: rule index * 256 + segment index. */
export type PathState = readonly number[];

/** Steps path rules key by key. */
export class PathMatcher {
  readonly #rules: readonly PathRule[];
  readonly start: PathState;

  constructor(rules: readonly PathRule[]) {
    if (rules.some((r) => r.segments.length > 255)) throw new RedactionConfigError('fields: path too deep');
    this.#rules = rules;
    this.start = this.#closure(rules.map((_, r) => r * 256));
  }

  /** The state after descending into `key`, or null when no rule can match below. */
  step(state: PathState, key: string): PathState | null {
    const n = normalizeKey(key);
    const next: number[] = [];
    for (const s of state) {
      const r = s >> 8;
      const p = s & 255;
      const segments = this.#rules[r]!.segments;
      const seg = segments[p];
      if (seg === undefined) continue;
      if (seg === '**') add(next, s);
      else if (seg === '*' || seg === n) add(next, s + 1);
    }
    const closed = this.#closure(next);
    return closed.length > 0 ? closed : null;
  }

  /** The kind of the first rule that ends at this state, if any. */
  match(state: PathState): string | null {
    for (const s of state) {
      const rule = this.#rules[s >> 8]!;
      if ((s & 255) === rule.segments.length) return rule.kind;
    }
    return null;
  }

  #closure(states: number[]): number[] {
    for (let i = 0; i < states.length; i++) {
      const s = states[i]!;
      if (this.#rules[s >> 8]!.segments[s & 255] === '**') add(states, s + 1);
    }
    return states;
  }
}

function add(list: number[], s: number): void {
  if (!list.includes(s)) list.push(s);
}
