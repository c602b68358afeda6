/**
 * `npm run import -- --body <bodyId | short name> [--as <email>] [--not-approved] [--dry-run] <files…>`:
 * imports a body's archive of legacy minutes into the database under ANTECKNA_DATA_DIR, through
 * the same import as `POST /api/bodies/:id/imports`, with a progress bar and a summary table.
 * `--json` prints the rows as JSON instead of the table. Exit 0 when every file was imported.
 */
import { SingleBar } from 'cli-progress';
import { loadConfig } from './config.ts';
import { importArchive } from './imports/importArchive.ts';
import { buildDeps } from './server.ts';

const args = process.argv.slice(2);
const files: string[] = [];
let body: string | undefined;
let asEmail: string | undefined;
let approved = true;
let dryRun = false;
let json = false;
for (let index = 0; index < args.length; index += 1) {
  const arg = args[index]!;
  if (arg === '--body') body = args[++index];
  else if (arg === '--as') asEmail = args[++index];
  else if (arg === '--not-approved') approved = false;
  else if (arg === '--dry-run') dryRun = true;
  else if (arg === '--json') json = true;
  else files.push(arg);
}
if (!body || files.length === 0) {
  console.error(
    'Usage: npm run import -- --body <bodyId | short name> [--as <email>] [--not-approved] [--dry-run] [--json] <files…>',
  );
  process.exit(2);
}

const deps = await buildDeps(loadConfig(process.env), { serveWeb: false });
const bar = new SingleBar({
  format: 'Importerar |{bar}| {value}/{total} {file}',
  stream: process.stderr,
  hideCursor: true,
});
bar.start(files.length, 0, { file: '' });
const rows = await importArchive(deps, files, {
  body,
  asEmail,
  approved,
  dryRun,
  onProgress: (done, row) => bar.update(done, { file: row.file }),
});
bar.stop();
if (json) process.stdout.write(`${JSON.stringify(rows)}\n`);
else console.table(rows);
const failed = rows.filter((row) => row.result !== 'imported' && row.result !== 'dry run').length;
const total = rows.reduce((sum, row) => sum + row.ms, 0);
console.error(
  `${rows.length - failed} of ${rows.length} files imported in ${(total / 1000).toFixed(1)} s` +
    ` (${rows.reduce((sum, row) => sum + row.errors, 0)} errors, ${rows.reduce((sum, row) => sum + row.warnings, 0)} warnings found).`,
);
await deps.collab.shutdown();
// The imported minutes into the search index and the registers now, as the server does before it
// stops: a server running beside the CLI finds them at once, not only after its next start.
await deps.search.close();
process.exit(failed === 0 ? 0 : 1);
