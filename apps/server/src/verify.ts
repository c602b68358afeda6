/**
 * `npm run verify -- <meetingId>`: checks a locked meeting's seal offline, against the database
 * the server's settings name (ANTECKNA_DATABASE_URL, else the SQLite file under
 * ANTECKNA_DATA_DIR), with the same recomputation the API uses. Exit 0 = verified.
 */
import { loadConfig } from './config.ts';
import { openConfiguredDatabase } from './db/openDatabase.ts';
import { migrationsDir } from './paths.ts';
import { verifySeal } from './seal/sealStore.ts';

const meetingId = process.argv[2];
if (!meetingId) {
  console.error('Usage: npm run verify -- <meetingId>');
  process.exit(2);
}
const db = await openConfiguredDatabase(loadConfig(process.env), migrationsDir());
const result = await verifySeal(db, meetingId);
if (!result) {
  console.error(`Meeting ${meetingId} has no seal: it is not locked (or does not exist).`);
  process.exit(2);
}
console.log(`matches: ${result.matches}\nchain holds: ${result.chainHolds}`);
for (const problem of result.problems) console.log(`problem: ${problem}`);
process.exit(result.matches && result.chainHolds ? 0 : 1);
