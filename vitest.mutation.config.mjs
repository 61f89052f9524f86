// The tests that guard src/core, for `npm run mutation` (stryker.config.mjs): core's unit tests
// and the end-to-end readings of the reference table, the samples, other cities and the corpus.
// Not the server, browser or document tests: they do not judge core's logic and take minutes.
import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: [
      'src/core/**/*.test.ts',
      'test/seed-*.test.ts',
      'test/other-cities*.test.ts',
      'test/corpus/*.test.ts',
    ],
    testTimeout: 60_000,
    // Core is pure: its test files can share one module graph, which turns the few seconds of
    // re-importing per mutant into a fraction of one (the tests themselves take under 2 s).
    isolate: false,
  },
});
