/**
 * The Postgres mirror of `schema.ts`, column for column (`db/schemaParity.test.ts` compares the
 * two): what drizzle-kit generates `drizzle/pg/` from. The query code is written once, against
 * `schema.ts`; on Postgres drizzle's node-postgres session runs the same queries with those table
 * objects (docs/storage.md says why), so each column here takes what the SQLite column's mapping
 * sends: booleans as booleans (Postgres reads 1/0), JSON as text, byte strings as bytea, times as
 * ISO text. The triggers that guard the locked record and the search index are hand-written
 * migrations in `drizzle/pg/`.
 */
import { sql } from 'drizzle-orm';
import {
  bigint,
  boolean,
  customType,
  index,
  integer,
  pgTable,
  primaryKey,
  serial,
  text,
  uniqueIndex,
} from 'drizzle-orm/pg-core';

const bytea = customType<{ data: Buffer; driverData: Buffer }>({ dataType: () => 'bytea' });

/** The time as SQLite's default writes it: ISO 8601 in UTC with milliseconds. */
const NOW_ISO = sql.raw(`to_char(now() AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"')`);

const createdAt = () =>
  text('created_at')
    .notNull()
    .default(sql`${NOW_ISO}`);

export const users = pgTable('users', {
  id: text('id').primaryKey(),
  email: text('email').notNull().unique(),
  name: text('name').notNull(),
  title: text('title').notNull().default(''),
  organisation: text('organisation').notNull().default(''),
  passwordHash: text('password_hash').notNull(),
  locale: text('locale', { enum: ['sv', 'en'] })
    .notNull()
    .default('sv'),
  createdAt: createdAt(),
});

/** Only a SHA-256 of the token is stored, so a copy of the database opens no session. */
export const sessions = pgTable(
  'sessions',
  {
    tokenHash: text('token_hash').primaryKey(),
    userId: text('user_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    createdAt: createdAt(),
    expiresAt: text('expires_at').notNull(),
  },
  (t) => [index('sessions_user_idx').on(t.userId)],
);

export const bodies = pgTable('bodies', {
  id: text('id').primaryKey(),
  name: text('name').notNull(),
  shortName: text('short_name').notNull(),
  /** The issuing organisation: the first header line of the minutes. */
  organisation: text('organisation').notNull(),
  /** JSON string[]: the header lines under the organisation. */
  organisationLines: text('organisation_lines').$type<string[]>().notNull(),
  /** JSON string[]: member organisations in the order attendance lists them. */
  memberOrganisations: text('member_organisations').$type<string[]>().notNull(),
  createdAt: createdAt(),
});

export const memberships = pgTable(
  'memberships',
  {
    bodyId: text('body_id')
      .notNull()
      .references(() => bodies.id, { onDelete: 'cascade' }),
    userId: text('user_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    role: text('role', { enum: ['secretary', 'chair', 'member'] }).notNull(),
    /** The organisation the person represents in this body (may differ from their employer). */
    organisation: text('organisation').notNull().default(''),
    /** A deputy (ersättare) sits in for a member of the same organisation. */
    deputy: boolean('deputy').notNull().default(false),
    /** Holds the seat as acting ("tf"): the minutes write "Namn (tf)". */
    acting: boolean('acting').notNull().default(false),
  },
  (t) => [primaryKey({ columns: [t.bodyId, t.userId] })],
);

/**
 * A seat of the body that no one holds now: the minutes list it as "Vakant, <title>" under its
 * organisation, so it has a title and an organisation but no person.
 */
export const vacantSeats = pgTable(
  'vacant_seats',
  {
    id: text('id').primaryKey(),
    bodyId: text('body_id')
      .notNull()
      .references(() => bodies.id, { onDelete: 'cascade' }),
    organisation: text('organisation').notNull().default(''),
    title: text('title').notNull(),
    createdAt: createdAt(),
  },
  (t) => [index('vacant_seats_body_idx').on(t.bodyId)],
);

export const meetings = pgTable(
  'meetings',
  {
    id: text('id').primaryKey(),
    bodyId: text('body_id')
      .notNull()
      .references(() => bodies.id),
    title: text('title').notNull(),
    date: text('date').notNull(),
    startTime: text('start_time').notNull().default('09.00'),
    endTime: text('end_time').notNull().default('12.00'),
    place: text('place').notNull().default(''),
    mode: text('mode', { enum: ['room', 'digital', 'both'] })
      .notNull()
      .default('room'),
    registryNumber: text('registry_number').notNull().default(''),
    phase: text('phase', {
      enum: ['planned', 'preparation', 'live', 'circulated', 'locked'],
    }).notNull(),
    createdAt: createdAt(),
  },
  (t) => [index('meetings_body_idx').on(t.bodyId, t.date)],
);

/**
 * Presenters per meeting, derived from the document's `agenda` root after every accepted change
 * to it, so that listing "meetings I may read" needs no document load.
 */
export const meetingPresenters = pgTable(
  'meeting_presenters',
  {
    meetingId: text('meeting_id')
      .notNull()
      .references(() => meetings.id, { onDelete: 'cascade' }),
    userId: text('user_id').notNull(),
  },
  (t) => [primaryKey({ columns: [t.meetingId, t.userId] })],
);

/** The append-only update log: exactly what the server document emitted, with who sent it. */
export const docUpdates = pgTable(
  'doc_updates',
  {
    seq: serial('seq').primaryKey(),
    meetingId: text('meeting_id').notNull(),
    update: bytea('update').notNull(),
    /** Provenance: the account whose connection sent it; null for the server's own writes. */
    userId: text('user_id'),
    createdAt: createdAt(),
  },
  (t) => [index('doc_updates_meeting_idx').on(t.meetingId, t.seq)],
);

/** Compacted state: the log merged up to `upToSeq`; loading reads this plus the tail after it. */
export const docStates = pgTable('doc_states', {
  meetingId: text('meeting_id').primaryKey(),
  state: bytea('state').notNull(),
  upToSeq: integer('up_to_seq').notNull(),
  updatedAt: createdAt(),
});

/**
 * A full encoded state taken at every phase change and on demand. Rows are never changed; the
 * ones that were circulated are public records and kept forever (a trigger refuses deletes).
 */
export const snapshots = pgTable(
  'snapshots',
  {
    id: text('id').primaryKey(),
    meetingId: text('meeting_id')
      .notNull()
      .references(() => meetings.id),
    label: text('label').notNull(),
    phase: text('phase').notNull(),
    state: bytea('state').notNull(),
    stateVector: bytea('state_vector').notNull(),
    /** Sent to the members: this version is a public record. */
    circulated: boolean('circulated').notNull().default(false),
    createdBy: text('created_by'),
    createdAt: createdAt(),
  },
  (t) => [index('snapshots_meeting_idx').on(t.meetingId, t.createdAt)],
);

/**
 * The seal of approved minutes: the SHA-256 of the final snapshot's canonical form, chained to the
 * body's previous seal. Triggers refuse any UPDATE or DELETE (drizzle/0001_seal_triggers.sql).
 */
export const seals = pgTable(
  'seals',
  {
    meetingId: text('meeting_id')
      .primaryKey()
      .references(() => meetings.id),
    bodyId: text('body_id').notNull(),
    snapshotId: text('snapshot_id')
      .notNull()
      .references(() => snapshots.id),
    sha256: text('sha256').notNull(),
    /** The seal of the body's previous locked minutes, or null for the first. */
    previousSha256: text('previous_sha256'),
    lockedAt: text('locked_at').notNull(),
    approvedAt: text('approved_at').notNull(),
    approvedByMeetingId: text('approved_by_meeting_id').notNull(),
    addendum: text('addendum'),
  },
  (t) => [index('seals_body_idx').on(t.bodyId, t.lockedAt)],
);

/** One-time invitation links for outside presenters; only a hash of the token is stored. */
export const invitations = pgTable('invitations', {
  tokenHash: text('token_hash').primaryKey(),
  email: text('email').notNull(),
  meetingId: text('meeting_id')
    .notNull()
    .references(() => meetings.id, { onDelete: 'cascade' }),
  itemId: text('item_id').notNull(),
  invitedBy: text('invited_by').notNull(),
  expiresAt: text('expires_at').notNull(),
  usedAt: text('used_at'),
  createdAt: createdAt(),
});

/** Uploaded files, stored under the data dir by content hash, never by the user's file name. */
export const attachments = pgTable('attachments', {
  id: text('id').primaryKey(),
  meetingId: text('meeting_id')
    .notNull()
    .references(() => meetings.id),
  itemId: text('item_id').notNull(),
  sha256: text('sha256').notNull(),
  fileName: text('file_name').notNull(),
  mediaType: text('media_type').notNull(),
  size: integer('size').notNull(),
  uploadedBy: text('uploaded_by').notNull(),
  createdAt: createdAt(),
});

/**
 * Which tabled or forwarded item was carried to which meeting, so that each is carried once
 * (issue: carry-over) and the new item can point back to where it came from.
 */
export const carriedItems = pgTable(
  'carried_items',
  {
    fromMeetingId: text('from_meeting_id').notNull(),
    fromItemId: text('from_item_id').notNull(),
    toBodyId: text('to_body_id').notNull(),
    toMeetingId: text('to_meeting_id').notNull(),
  },
  (t) => [primaryKey({ columns: [t.fromMeetingId, t.fromItemId, t.toBodyId] })],
);

/** Files rendered once at the lock (the PDF/A) and served byte for byte from then on. */
export const sealedFiles = pgTable(
  'sealed_files',
  {
    meetingId: text('meeting_id')
      .notNull()
      .references(() => seals.meetingId),
    format: text('format').notNull(),
    bytes: bytea('bytes').notNull(),
    sha256: text('sha256').notNull(),
    createdAt: createdAt(),
  },
  (t) => [primaryKey({ columns: [t.meetingId, t.format] })],
);

/**
 * Search: one row per agenda item (and one per meeting, for its header and attendance), with
 * its text in the FTS5 table `search_text` (same rowid; drizzle cannot declare a virtual table,
 * see drizzle/0007_search_registers.sql). A read model of the documents, rebuilt at will.
 */
export const searchRows = pgTable(
  'search_rows',
  {
    id: serial('id').primaryKey(),
    meetingId: text('meeting_id').notNull(),
    /** Null for the meeting's own row (title, place, attendance). */
    itemId: text('item_id'),
    itemNumber: text('item_number').notNull().default(''),
    itemTitle: text('item_title').notNull().default(''),
    /** Shown in the public rendering once locked: not internal, nor under an internal item. */
    public: boolean('public').notNull(),
    /** The forwarded or tabled item this one was carried from: how a forward is followed up. */
    carriedFromMeetingId: text('carried_from_meeting_id'),
    carriedFromItemId: text('carried_from_item_id'),
  },
  (t) => [index('search_rows_meeting_idx').on(t.meetingId)],
);

/** Every decision clause of every meeting, for the decision, task and role registers. */
export const registerClauses = pgTable(
  'register_clauses',
  {
    meetingId: text('meeting_id').notNull(),
    bodyId: text('body_id').notNull(),
    itemId: text('item_id').notNull(),
    itemNumber: text('item_number').notNull(),
    itemTitle: text('item_title').notNull(),
    position: integer('position').notNull(),
    type: text('type').notNull(),
    text: text('text').notNull(),
    target: text('target'),
    due: text('due'),
    termFrom: text('term_from'),
    termTo: text('term_to'),
    role: text('role'),
    personId: text('person_id'),
  },
  (t) => [
    primaryKey({ columns: [t.meetingId, t.itemId, t.position] }),
    index('register_clauses_body_idx').on(t.bodyId),
  ],
);

/**
 * A task marked done (SPEC rule U3): kept beside the minutes, which never change once approved.
 * One row per task clause (meeting, item, position in the item's decision).
 */
export const taskFollowUps = pgTable(
  'task_follow_ups',
  {
    meetingId: text('meeting_id').notNull(),
    itemId: text('item_id').notNull(),
    position: integer('position').notNull(),
    doneAt: text('done_at').notNull(),
    doneBy: text('done_by').notNull(),
  },
  (t) => [primaryKey({ columns: [t.meetingId, t.itemId, t.position] })],
);

/**
 * Where imported minutes came from: the legacy file (kept under the data dir by its SHA-256,
 * like an attachment) and how it was brought in. One row per imported meeting; the SHA-256 is
 * also in the document (`meeting.importedFrom`) and so in the seal.
 */
export const importSources = pgTable(
  'import_sources',
  {
    meetingId: text('meeting_id')
      .primaryKey()
      .references(() => meetings.id),
    bodyId: text('body_id')
      .notNull()
      .references(() => bodies.id),
    fileName: text('file_name').notNull(),
    /** `txt`, `docx` or `pdf`. */
    format: text('format').notNull(),
    /** For text files: the encoding it was read in (`utf-8`, `windows-1252`). */
    encoding: text('encoding'),
    sha256: text('sha256').notNull(),
    size: integer('size').notNull(),
    /** Imported as approved (locked and sealed) or as circulated. */
    approved: boolean('approved').notNull(),
    findingCount: integer('finding_count').notNull(),
    importedBy: text('imported_by').notNull(),
    importedAt: createdAt(),
  },
  (t) => [index('import_sources_body_idx').on(t.bodyId)],
);

/**
 * Which account first wrote under each Yjs client id in a meeting (null: the server itself). An
 * update that writes structs under a client id someone else owns is refused whole: otherwise a
 * writer could take another person's next clock, and that person's own edit would then be
 * dropped as already known.
 */
export const clientIdOwners = pgTable(
  'client_id_owners',
  {
    meetingId: text('meeting_id').notNull(),
    clientId: bigint('client_id', { mode: 'number' }).notNull(),
    userId: text('user_id'),
    createdAt: createdAt(),
  },
  (t) => [primaryKey({ columns: [t.meetingId, t.clientId] })],
);

/**
 * One row the server rewrites to learn whether the disk has room again after SQLITE_FULL
 * (db/storageHealth.ts); it holds nothing else.
 */
export const storageProbe = pgTable('storage_probe', {
  id: integer('id').primaryKey(),
  padding: bytea('padding'),
});

/**
 * Other spellings of a body's name that its secretary registered ("Chefsnätverket" for
 * Länschefsnätverket): the mistake check takes them as the body's name and never flags them.
 */
export const bodyAliases = pgTable(
  'body_aliases',
  {
    id: text('id').primaryKey(),
    bodyId: text('body_id')
      .notNull()
      .references(() => bodies.id, { onDelete: 'cascade' }),
    alias: text('alias').notNull(),
    createdAt: createdAt(),
  },
  (t) => [uniqueIndex('body_aliases_body_alias_idx').on(t.bodyId, t.alias)],
);

/**
 * "Circulate anyway": the warnings of the mistake check the secretary acknowledged when sending
 * the minutes out, with the version that was sent. Never changed.
 */
export const checkAcknowledgements = pgTable(
  'check_acknowledgements',
  {
    id: text('id').primaryKey(),
    meetingId: text('meeting_id')
      .notNull()
      .references(() => meetings.id),
    snapshotId: text('snapshot_id')
      .notNull()
      .references(() => snapshots.id),
    userId: text('user_id').notNull(),
    /** JSON: the rule ids acknowledged. */
    rules: text('rules').$type<string[]>().notNull(),
    /** JSON: the warnings as the check found them then (Finding[] of @anteckna/doc-schema). */
    findings: text('findings').$type<unknown[]>().notNull(),
    createdAt: createdAt(),
  },
  (t) => [index('check_acknowledgements_meeting_idx').on(t.meetingId)],
);
