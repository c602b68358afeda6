import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

/** The repository's top folder (this file is test/e2e/support/repoPaths.ts). */
export const repoRoot = path.resolve(
  path.dirname(fileURLToPath(import.meta.url)),
  '..',
  '..',
  '..',
);
export const serverEntry = path.join(repoRoot, 'apps', 'server', 'dist', 'main.js');
export const webIndex = path.join(repoRoot, 'apps', 'web', 'dist', 'index.html');

/**
 * The harness runs what turbo built before it (`test` depends on `^build`); it never builds.
 * A missing bundle would otherwise surface as a server that serves no page, far from the cause.
 */
export function assertBuilt(): void {
  const missing = [serverEntry, webIndex].filter((file) => !fs.existsSync(file));
  if (missing.length === 0) return;
  throw new Error(
    `The end-to-end tests need the built server and web app, and these are missing:\n` +
      missing.map((file) => `  ${path.relative(repoRoot, file)}`).join('\n') +
      `\nBuild them first: npm run build --workspace @anteckna/server && npm run build --workspace @anteckna/web` +
      ` (or run the tests through turbo: npm test at the repository root).`,
  );
}
