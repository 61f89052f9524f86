// `npm run mutation`: StrykerJS mutates src/core/assess and src/core/extract and runs the tests of
// vitest.mutation.config.mjs against each mutant; a mutant no test notices is a hole in the tests.
// Not part of `npm test` or CI: it takes minutes. The HTML report lands in reports/mutation/.
import { existsSync, mkdirSync, symlinkSync } from 'node:fs';
import { resolve } from 'node:path';

// Tests find the reference table at ../shared/seed from their working folder; Stryker runs them
// in .stryker-tmp/sandbox-*/, so that folder's parent gets the same neighbour.
if (existsSync('../shared') && !existsSync('.stryker-tmp/shared')) {
  mkdirSync('.stryker-tmp', { recursive: true });
  symlinkSync(resolve('../shared'), '.stryker-tmp/shared');
}

/** @type {import('@stryker-mutator/api/core').PartialStrykerOptions} */
export default {
  testRunner: 'vitest',
  vitest: { configFile: 'vitest.mutation.config.mjs', related: false },
  mutate: ['src/core/assess/**/*.ts', 'src/core/extract/**/*.ts', '!**/*.test.ts'],
  ignorePatterns: ['dist', 'docs', 'data', 'reports', 'src/web', 'src/public'],
  coverageAnalysis: 'perTest',
  // Two cores shared with other work: one test process at a time keeps the run predictable.
  concurrency: 1,
  timeoutMS: 20_000,
  reporters: ['clear-text', 'progress', 'html', 'json'],
  htmlReporter: { fileName: 'reports/mutation/index.html' },
  jsonReporter: { fileName: 'reports/mutation/mutation.json' },
  thresholds: { high: 80, low: 60, break: null },
  cleanTempDir: 'always',
};
