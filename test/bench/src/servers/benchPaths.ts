import path from 'node:path';
import { fileURLToPath } from 'node:url';

/** The bench workspace folder (test/bench) and the repository's top folder. */
export const benchRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
export const repoRoot = path.resolve(benchRoot, '..', '..');
/** The database file in Anteckna's data dir. */
export const ANTECKNA_DATABASE_FILE = 'anteckna.sqlite';

/** The real legacy minutes the importer is tested on (test/fixtures/seeds). */
export const seedsDir = path.join(repoRoot, 'test', 'fixtures', 'seeds');
