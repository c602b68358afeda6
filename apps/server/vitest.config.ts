import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    // Integration tests start real servers and SQLite files; two cores are shared with turbo.
    pool: 'forks',
    maxWorkers: 2,
    testTimeout: 60_000,
    hookTimeout: 60_000,
    setupFiles: ['src/testing/dropTestDatabases.setup.ts'],
  },
});
