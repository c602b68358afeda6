import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    // A first PDF render in a fresh worker parses and shapes with a cold JIT (seconds, not ms);
    // the machine is shared with the other workspaces' tests, so the limit is generous.
    testTimeout: 60_000,
    hookTimeout: 60_000,
    maxWorkers: 2,
  },
});
