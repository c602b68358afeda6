import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    // The quick benchmark starts servers and load generators of its own on two shared cores.
    pool: 'forks',
    maxWorkers: 1,
    testTimeout: 60_000,
  },
});
