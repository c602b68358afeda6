import { firstRow } from '../db/firstRow.ts';
import { createHash, randomBytes } from 'node:crypto';
import { and, eq, gt, lt, ne } from 'drizzle-orm';
import type { Db } from '../db/openDatabase.ts';
import { sessions, users } from '../db/schema.ts';

export type SessionUser = typeof users.$inferSelect;

/** Random 256-bit tokens; the database keeps only their SHA-256, so its copy opens nothing. */
export function hashToken(token: string): string {
  return createHash('sha256').update(token).digest('hex');
}

export async function createSession(
  db: Db,
  userId: string,
  ttlHours: number,
  now: Date,
): Promise<string> {
  const token = randomBytes(32).toString('base64url');
  const expiresAt = new Date(now.getTime() + ttlHours * 3600_000).toISOString();
  await db.insert(sessions).values({ tokenHash: hashToken(token), userId, expiresAt });
  await db.delete(sessions).where(lt(sessions.expiresAt, now.toISOString()));
  return token;
}

export async function findSessionUser(
  db: Db,
  token: string,
  now: Date,
): Promise<SessionUser | undefined> {
  return (await findSession(db, token, now))?.user;
}

/** The live session of a token: its person and when it expires. */
export async function findSession(
  db: Db,
  token: string,
  now: Date,
): Promise<{ user: SessionUser; expiresAt: Date } | undefined> {
  const row = await db
    .select({ user: users, expiresAt: sessions.expiresAt })
    .from(sessions)
    .innerJoin(users, eq(users.id, sessions.userId))
    .where(and(eq(sessions.tokenHash, hashToken(token)), gt(sessions.expiresAt, now.toISOString())))
    .then(firstRow);
  return row ? { user: row.user, expiresAt: new Date(row.expiresAt) } : undefined;
}

export async function deleteSession(db: Db, token: string): Promise<void> {
  await db.delete(sessions).where(eq(sessions.tokenHash, hashToken(token)));
}

/** Ends every session of a person but the one in use (after a new password). */
export async function deleteOtherSessions(
  db: Db,
  userId: string,
  keepToken: string,
): Promise<void> {
  await db
    .delete(sessions)
    .where(and(eq(sessions.userId, userId), ne(sessions.tokenHash, hashToken(keepToken))));
}
