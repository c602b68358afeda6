import { randomUUID } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { runImportCli, seedDemoData } from '../servers/anteckna/antecknaCli.ts';
import { ANTECKNA_DATABASE_FILE } from '../servers/benchPaths.ts';
import { ARCHIVE_BODIES, type ArchiveBody } from './archiveBodies.ts';
import { archiveMeetingDates, createArchiveWriter } from './archiveMinutes.ts';
import type { SeedVocabulary } from './seedVocabulary.ts';

const DEMO_SECRETARY = 'sekreterare@exempel.se';

/** Who the archive's readers log in as (with the demo password). */
export const ARCHIVE_LOGINS = {
  /** Secretary of every body of the archive: reads all of it. */
  secretary: 'arkivsekreterare@exempel.se',
  /** Member of the first body only. */
  member: 'arkivledamot@exempel.se',
} as const;

export interface ArchiveSize {
  bodies: number;
  years: number;
  meetingsPerYear: number;
}

export interface BuiltArchive {
  bodies: Array<{ id: string; body: ArchiveBody }>;
  firstYear: number;
  /** Files the import CLI brought in, and how many it refused. */
  imported: number;
  failed: number;
  textBytes: number;
  buildSeconds: number;
}

/**
 * The archive in a data dir, through the server's own write path: the built server seeds the demo
 * data; the bodies and two readers are added to the directory (Anteckna has no endpoint that
 * creates a body: an operator does, in the database); then each body's minutes, written as text
 * like the seeds, are imported by `npm run import` as approved minutes, which stores them in the
 * update log, locks and seals them and indexes them for search and the registers.
 */
export async function buildArchive(
  dataDir: string,
  size: ArchiveSize,
  vocabulary: SeedVocabulary,
): Promise<BuiltArchive> {
  const started = performance.now();
  await seedDemoData(dataDir);
  const bodies = addBodies(dataDir, ARCHIVE_BODIES.slice(0, size.bodies));
  const firstYear = new Date().getUTCFullYear() - size.years;
  const writer = createArchiveWriter(vocabulary);
  const meetings = archiveMeetingDates(firstYear, size.years, size.meetingsPerYear);
  const filesDir = fs.mkdtempSync(path.join(dataDir, '..', `${path.basename(dataDir)}-text-`));
  let imported = 0;
  let failed = 0;
  let textBytes = 0;
  try {
    const batches = bodies.map(({ body }) => ({
      body,
      files: meetings.map((meeting) => {
        const file = path.join(filesDir, `${body.key}-${meeting.date}.txt`);
        const text = writer.minutesText(body, meeting);
        textBytes += Buffer.byteLength(text);
        fs.writeFileSync(file, text);
        return file;
      }),
    }));
    // Two bodies' imports at a time, as two secretaries would: SQLite takes their commits in turn.
    const next = async (): Promise<void> => {
      const batch = batches.shift();
      if (!batch) return;
      const rows = await runImportCli(dataDir, batch.body.key, batch.files);
      imported += rows.filter((row) => row.result === 'imported').length;
      failed += rows.filter((row) => row.result !== 'imported').length;
      return next();
    };
    await Promise.all([next(), next()]);
  } finally {
    fs.rmSync(filesDir, { recursive: true, force: true });
  }
  return {
    bodies,
    firstYear,
    imported,
    failed,
    textBytes,
    buildSeconds: (performance.now() - started) / 1000,
  };
}

/**
 * The bodies, with the archive's secretary (who imports) and a member of the first body, both
 * with the demo accounts' password (its hash taken from the demo secretary).
 */
function addBodies(dataDir: string, bodies: readonly ArchiveBody[]) {
  const db = new Database(path.join(dataDir, ANTECKNA_DATABASE_FILE));
  try {
    const { password_hash: passwordHash } = db
      .prepare('SELECT password_hash FROM users WHERE email = ?')
      .get(DEMO_SECRETARY) as { password_hash: string };
    const addUser = db.prepare(
      'INSERT INTO users (id, email, name, title, organisation, password_hash) VALUES (?, ?, ?, ?, ?, ?)',
    );
    const addBody = db.prepare(
      'INSERT INTO bodies (id, name, short_name, organisation, organisation_lines, member_organisations) VALUES (?, ?, ?, ?, ?, ?)',
    );
    const addMembership = db.prepare(
      'INSERT INTO memberships (body_id, user_id, role, organisation) VALUES (?, ?, ?, ?)',
    );
    const secretary = randomUUID();
    const member = randomUUID();
    return db.transaction(() => {
      addUser.run(
        secretary,
        ARCHIVE_LOGINS.secretary,
        'Arkivets sekreterare',
        'Sekreterare',
        'RSS Dalarna',
        passwordHash,
      );
      addUser.run(
        member,
        ARCHIVE_LOGINS.member,
        'Arkivets ledamot',
        'Socialchef',
        'Falun',
        passwordHash,
      );
      return bodies.map((body, index) => {
        const id = randomUUID();
        addBody.run(
          id,
          body.name,
          body.key,
          body.organisation,
          JSON.stringify(body.organisationLines),
          JSON.stringify(body.memberOrganisations),
        );
        addMembership.run(id, secretary, 'secretary', 'RSS Dalarna');
        if (index === 0) addMembership.run(id, member, 'member', 'Falun');
        return { id, body };
      });
    })();
  } finally {
    db.close();
  }
}
