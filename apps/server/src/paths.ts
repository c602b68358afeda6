import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

/**
 * The repository's top folder, found by walking up from this module, so that the same code finds
 * `drizzle/` and `apps/web/dist` whether it runs from src (tests) or from the bundle in dist.
 */
export function findRepoRoot(fromUrl: string = import.meta.url): string {
  let dir = path.dirname(fileURLToPath(fromUrl));
  for (;;) {
    if (fs.existsSync(path.join(dir, 'drizzle', 'meta', '_journal.json'))) return dir;
    const parent = path.dirname(dir);
    if (parent === dir) throw new Error('Cannot find the drizzle/ migrations folder');
    dir = parent;
  }
}

export function migrationsDir(root = findRepoRoot()): string {
  return path.join(root, 'drizzle');
}

export function webDistDir(root = findRepoRoot()): string {
  return path.join(root, 'apps', 'web', 'dist');
}
