import { RedactionConfigError } from './errors.js';

/**
 * What replaces a PHI value. The default is a tag naming the kind (`[REDACTED:SSN]`); a
 * deployment can choose per kind. Strategies are resolved once at construction into one
 * function, so masking is a table lookup and a call.
 */

/** How a value of one kind is replaced. */
export type Strategy = 'tag' | ((value: string, kind: string) => string);

/** Options that decide replacements. */
export interface MaskOptions {
  /**
   * Replacement text, or a function of the kind. Must not contain anything a detector matches.
   * @defaultValue `kind => '[REDACTED:' + kind.toUpperCase() + ']'`
   */
  readonly replacement?: string | ((kind: string) => string);
  /** Per-kind strategy (`{ phone: 'tag' }`). @defaultValue `'tag'` for every kind */
  readonly strategies?: Readonly<Record<string, Strategy>>;
}

/** Replaces one value of `kind`. */
export type MaskFn = (kind: string, value: string) => string;

/** The default tag for a kind. */
export function defaultTag(kind: string): string {
  return `[REDACTED:${kind.toUpperCase()}]`;
}

/** Resolves mask options into one function. */
export function createMask(options: MaskOptions): MaskFn {
  const { replacement, strategies = {} } = options;
  let tag: (kind: string) => string;
  if (replacement === undefined) {
    const tags = new Map<string, string>();
    tag = (kind) => {
      let t = tags.get(kind);
      if (t === undefined) tags.set(kind, (t = defaultTag(kind)));
      return t;
    };
  } else if (typeof replacement === 'string') {
    tag = () => replacement;
  } else if (typeof replacement === 'function') {
    tag = (kind) => String(replacement(kind));
  } else {
    throw new RedactionConfigError('replacement must be a string or a function of the kind');
  }
  const custom = new Map<string, (value: string, kind: string) => string>();
  for (const [kind, strategy] of Object.entries(strategies)) {
    if (strategy === 'tag') continue;
    if (typeof strategy !== 'function') {
      throw new RedactionConfigError(`strategies.${kind}: expected 'tag' or a function`);
    }
    custom.set(kind, strategy);
  }
  if (custom.size === 0) return (kind) => tag(kind);
  return (kind, value) => {
    const f = custom.get(kind);
    return f === undefined ? tag(kind) : String(f(value, kind));
  };
}
