/**
 * `npm run check -- <meetingId> [--lang en]`: the mistake check of one meeting, offline, against
 * the database the server's settings name (ANTECKNA_DATABASE_URL, else the SQLite file under
 * ANTECKNA_DATA_DIR), with the same check the API runs. Exit 0 when no
 * error stands (warnings are printed), 1 when one does, 2 when the meeting does not exist.
 */
import { loadConfig } from './config.ts';
import { openConfiguredDatabase } from './db/openDatabase.ts';
import { findMeetingWithBody } from './meetings/meetingAccess.ts';
import { migrationsDir } from './paths.ts';
import { loadDoc } from './collab/updateStore.ts';
import { checkMeetingDoc } from './check/meetingCheck.ts';
import { formatFindings } from './check/formatFindings.ts';

const args = process.argv.slice(2);
const language = args.includes('--lang') && args[args.indexOf('--lang') + 1] === 'en' ? 'en' : 'sv';
const meetingId = args.find((arg, index) => !arg.startsWith('--') && args[index - 1] !== '--lang');
if (!meetingId) {
  console.error('Usage: npm run check -- <meetingId> [--lang en]');
  process.exit(2);
}
const db = await openConfiguredDatabase(loadConfig(process.env), migrationsDir());
const row = await findMeetingWithBody(db, meetingId);
if (!row) {
  console.error(`Meeting ${meetingId} does not exist.`);
  process.exit(2);
}
const { doc } = await loadDoc(db, meetingId);
const findings = await checkMeetingDoc(db, doc, row.meeting, row.body, { language });
console.log(formatFindings(findings, language));
process.exit(findings.some((finding) => finding.severity === 'error') ? 1 : 0);
