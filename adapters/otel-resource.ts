import type { ReadableSpan } from '@opentelemetry/sdk-trace-base';
import { finishAttributes, prepareAttributes } from './otel-attributes.js';
import { isPlainObject, redactRecord, type OtelSettings } from './otel-shared.js';

/** The SDK's resource type, named through a declared peer (resources is not one). */
type Resource = ReadableSpan['resource'];

/**
 * Redacted copies of resources (`process.command_args` holds argv, `process.owner` a user name).
 * A resource is shared by every span and log record of a provider, so its copy is made once
 * and cached by identity: the OTLP serializer groups records by resource object, and one copy
 * per resource keeps that grouping. The caller's resource is never touched.
 */
export class ResourceCopies {
  readonly #copies = new WeakMap<Resource, Resource | null>();
  readonly #settings: OtelSettings;

  constructor(settings: OtelSettings) {
    this.#settings = settings;
  }

  /** The redacted copy, or null when the resource cannot be redacted (withhold its records). */
  get(resource: Resource): Resource | null {
    const cached = this.#copies.get(resource);
    if (cached !== undefined) return cached;
    const copy = this.#redact(resource);
    // Async attributes still pending: the copy would miss them, so do not keep it.
    if (resource.asyncAttributesPending !== true) this.#copies.set(resource, copy);
    return copy;
  }

  #redact(resource: Resource): Resource | null {
    const prepared = prepareAttributes(resource.attributes, this.#settings);
    const out = redactRecord({ a: prepared.values }, this.#settings);
    if (out === undefined || !isPlainObject(out.a)) return null;
    const schemaUrl = resource.schemaUrl;
    return frozenResource(finishAttributes(out.a, prepared), typeof schemaUrl === 'string' ? schemaUrl : undefined);
  }
}

/** A settled, read-only `Resource` over already-redacted attributes. */
function frozenResource(attributes: Record<string, unknown>, schemaUrl: string | undefined): Resource {
  const attrs = Object.freeze(attributes) as Resource['attributes'];
  const resource: Resource = {
    attributes: attrs,
    asyncAttributesPending: false,
    ...(schemaUrl === undefined ? {} : { schemaUrl }),
    waitForAsyncAttributes: () => Promise.resolve(),
    // Exporters do not merge; if one does, incoming attributes win as the spec says.
    merge: (other) =>
      other === null
        ? resource
        : frozenResource({ ...attrs, ...other.attributes }, other.schemaUrl ?? schemaUrl),
    getRawAttributes: () => Object.entries(attrs),
  };
  return Object.freeze(resource);
}
