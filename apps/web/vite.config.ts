import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';

const apiTarget = 'http://127.0.0.1:3000';

export default defineConfig({
  plugins: [react()],
  resolve: {
    // Two copies of @tiptap/core or yjs in one bundle break `instanceof` checks and Yjs warns
    // about double imports; the root package.json pins one TipTap version with `overrides`, and
    // this keeps every import on one copy even if a dependency brings its own.
    dedupe: ['@tiptap/core', '@tiptap/pm', 'yjs', 'y-protocols', 'lib0', 'react', 'react-dom'],
  },
  server: {
    proxy: {
      '/api': { target: apiTarget, changeOrigin: false },
      '/collab': { target: apiTarget, ws: true, changeOrigin: false },
    },
  },
  build: { sourcemap: true, target: 'es2022' },
});
