#!/usr/bin/env node
/**
 * `npm run build` (run by `npm ci` through `prepare`): the server and the CLI bundled by esbuild
 * into dist/cli/main.js (start-up without compiling TypeScript), and the office web app built by
 * Vite into dist/web. `node scripts/build.mjs server|web` builds one of them;
 * `node scripts/build.mjs server --outdir DIR` puts the CLI elsewhere (a test builds its own).
 */
import { rm } from 'node:fs/promises';
import { parseArgs } from 'node:util';
import { build } from 'esbuild';

const { positionals, values } = parseArgs({
  allowPositionals: true,
  options: { outdir: { type: 'string', default: 'dist/cli' } },
});
const only = positionals[0];

if (only !== 'web') {
  // Chunks are named by content hash: clear the old ones rather than let them pile up.
  await rm(values.outdir, { recursive: true, force: true });
  await build({
    // The worker threads' code is a file of its own: a thread starts from a file, not a function.
    entryPoints: {
      main: 'src/cli/main.ts',
      'heavy.worker': 'src/server/workers/heavy.worker.ts',
    },
    outdir: values.outdir,
    bundle: true,
    // Each command's dynamic import becomes a chunk of its own, loaded when that command runs:
    // `minsheng --help` reads main.js alone, not the server, the documents and their packages.
    // Chunks sit beside main.js: the worker pool finds heavy.worker.js next to its own file.
    splitting: true,
    chunkNames: '[name]-[hash]',
    platform: 'node',
    format: 'esm',
    target: 'node20',
    // Dependencies stay in node_modules: native modules (better-sqlite3) cannot be bundled, and
    // the others load faster from there than re-parsed inside one file.
    packages: 'external',
    sourcemap: 'linked',
    logLevel: 'warning',
  });
}
if (only !== 'server') {
  const { build: viteBuild } = await import('vite');
  await viteBuild({ configFile: 'vite.config.ts', logLevel: 'warn' });
}
