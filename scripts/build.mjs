#!/usr/bin/env node
/**
 * `npm run build` (run by `npm ci` through `prepare`): the server and the CLI bundled by esbuild
 * into dist/cli/main.js (start-up without compiling TypeScript), and the office web app built by
 * Vite into dist/web. `node scripts/build.mjs server|web` builds one of them.
 */
import { build } from 'esbuild';

const only = process.argv[2];

if (only !== 'web') {
  await build({
    // The worker threads' code is a file of its own: a thread starts from a file, not a function.
    entryPoints: {
      main: 'src/cli/main.ts',
      'heavy.worker': 'src/server/workers/heavy.worker.ts',
    },
    outdir: 'dist/cli',
    bundle: true,
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
