import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    // Only the browser tests: the benchmark below this folder is a workspace of its own.
    include: ['e2e/**/*.e2e.test.ts'],
    environment: 'node',
    setupFiles: ['e2e/support/setup.ts'],
    // Each test file runs a server and a Chromium of its own; two cores take one file at a time.
    pool: 'forks',
    maxWorkers: 1,
    testTimeout: 120_000,
    hookTimeout: 120_000,
  },
});
