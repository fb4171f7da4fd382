import { existsSync } from 'node:fs';
import { defineConfig } from 'tsup';

// One shared core chunk per format (splitting), not a copy of the engine per entry.
const hosts = ['pino', 'winston', 'sentry', 'otel'].filter((h) => existsSync(`adapters/${h}.ts`));
const adapters = Object.fromEntries(hosts.map((h) => [`adapters/${h}`, `adapters/${h}.ts`]));

export default defineConfig([
  {
    entry: { index: 'src/index.ts', ...adapters },
    format: ['esm', 'cjs'],
    dts: true,
    splitting: true,
    sourcemap: true,
    clean: true,
    target: 'node20',
    external: ['re2', 'pino', 'winston', '@sentry/node', /^@opentelemetry\//],
  },
  {
    entry: { cli: 'src/cli.ts' },
    format: ['esm'],
    sourcemap: true,
    target: 'node20',
    external: ['re2'],
    banner: { js: '#!/usr/bin/env node' },
  },
]);
