import { defineConfig } from 'vitest/config';

// Unit tests cover the pure pieces (no DOM); the browser is exercised end to end in /test.
export default defineConfig({
  resolve: { dedupe: ['@tiptap/core', '@tiptap/pm', 'yjs', 'y-protocols', 'lib0'] },
  test: { environment: 'node', include: ['src/**/*.test.ts'] },
});
