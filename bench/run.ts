/**
 * `npm run bench`: speed as ratios against a bare baseline measured in the same run, so the
 * numbers mean the same on any machine. Later sections (API, documents) add their own figures.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { benchCore } from './core.ts';
import { benchDocuments } from './documents.ts';
import { machine } from './timing.ts';

const seedPath = resolve(process.cwd(), '../shared/seed/jiangmen-2020-jan-sep.txt');
let seed: string | null = null;
try {
  seed = readFileSync(seedPath, 'utf8');
} catch {
  console.log(`(reference table not found at ${seedPath}; benchmarking the generated tables only)`);
}

console.log(`Minsheng benchmarks · ${new Date().toISOString()}\n${machine()}\n`);
benchCore(seed);
(await import('./corpus.ts')).benchCorpus();
await benchDocuments();
(await import('./cli.ts')).benchCli();
await (await import('./api.ts')).benchApi();
await (await import('./heavy.ts')).benchHeavy();
await (await import('./security.ts')).benchSecurity();
await (await import('./supervision.ts')).benchSupervision();
await (await import('./web.ts')).benchWeb();
await (await import('./public.ts')).benchPublic();
console.log(
  '(national-scale PostgreSQL dashboard: npm run bench:national — generation took 3 min here on 2026-11-30, ~3 GB)',
);
