import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['src/**/*.test.ts', 'test/**/*.test.ts'],
    globalSetup: ['test/seed-setup.ts', 'test/e2e/global-setup.ts'],
    testTimeout: 60_000,
    // Suites start an API on PostgreSQL in beforeAll; on a loaded 2-core machine that outlasts 10 s.
    hookTimeout: 60_000,
  },
});
