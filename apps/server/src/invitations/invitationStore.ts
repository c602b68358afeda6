import { randomBytes } from 'node:crypto';
import { and, eq, gt, isNull, ne } from 'drizzle-orm';
import { hashToken } from '../auth/sessionStore.ts';
import type { Db } from '../db/openDatabase.ts';
import { invitations, meetings } from '../db/schema.ts';

export type InvitationRow = typeof invitations.$inferSelect;

export const INVITATION_TTL_DAYS = 14;

/** A one-time link token; only its SHA-256 is stored, like session tokens. */
export async function createInvitation(
  db: Db,
  input: { email: string; meetingId: string; itemId: string; invitedBy: string },
  now: Date,
): Promise<{ token: string; expiresAt: string }> {
  const token = randomBytes(32).toString('base64url');
  const expiresAt = new Date(now.getTime() + INVITATION_TTL_DAYS * 86_400_000).toISOString();
  await db.insert(invitations).values({ ...input, tokenHash: hashToken(token), expiresAt });
  return { token, expiresAt };
}

/**
 * An invitation that exists, is unused, has not expired and is to minutes still open, or
 * undefined. Locked minutes have no presenters to add (and the database refuses to mark the
 * link used: drizzle/0004).
 */
export async function findOpenInvitation(
  db: Db,
  token: string,
  now: Date,
): Promise<InvitationRow | undefined> {
  return await db
    .select({ invitation: invitations })
    .from(invitations)
    .innerJoin(meetings, eq(meetings.id, invitations.meetingId))
    .where(
      and(
        eq(invitations.tokenHash, hashToken(token)),
        isNull(invitations.usedAt),
        gt(invitations.expiresAt, now.toISOString()),
        ne(meetings.phase, 'locked'),
      ),
    )
    .then((rows) => rows[0]?.invitation);
}

/** Marks it used; false if someone else used it first (the link is one-time). */
export async function claimInvitation(db: Db, tokenHash: string, now: Date): Promise<boolean> {
  const claimed = await db
    .update(invitations)
    .set({ usedAt: now.toISOString() })
    .where(and(eq(invitations.tokenHash, tokenHash), isNull(invitations.usedAt)))
    .returning({ tokenHash: invitations.tokenHash });
  return claimed.length === 1;
}
