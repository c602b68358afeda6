import path from 'node:path';
import { fileURLToPath } from 'node:url';

/** The bench workspace folder (test/bench) and the repository's top folder. */
export const benchRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
export const repoRoot = path.resolve(benchRoot, '..', '..');
