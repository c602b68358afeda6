import { randomBytes } from 'node:crypto';
import { and, eq, gt, isNull, ne } from 'drizzle-orm';
import { hashToken } from '../auth/sessionStore.ts';
import type { Db } from '../db/openDatabase.ts';
import { invitations, meetings } from '../db/schema.ts';

export type InvitationRow = typeof invitations.$inferSelect;

export const INVITATION_TTL_DAYS = 14;

/** A one-time link token; only its SHA-256 is stored, like session tokens. */
export function createInvitation(
  db: Db,
  input: { email: string; meetingId: string; itemId: string; invitedBy: string },
  now: Date,
): { token: string; expiresAt: string } {
  const token = randomBytes(32).toString('base64url');
  const expiresAt = new Date(now.getTime() + INVITATION_TTL_DAYS * 86_400_000).toISOString();
  db.insert(invitations)
    .values({ ...input, tokenHash: hashToken(token), expiresAt })
    .run();
  return { token, expiresAt };
}

/**
 * An invitation that exists, is unused, has not expired and is to minutes still open, or
 * undefined. Locked minutes have no presenters to add (and the database refuses to mark the
 * link used: drizzle/0004).
 */
export function findOpenInvitation(db: Db, token: string, now: Date): InvitationRow | undefined {
  return db
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
    .get()?.invitation;
}

/** Marks it used; false if someone else used it first (the link is one-time). */
export function claimInvitation(db: Db, tokenHash: string, now: Date): boolean {
  return (
    db
      .update(invitations)
      .set({ usedAt: now.toISOString() })
      .where(and(eq(invitations.tokenHash, tokenHash), isNull(invitations.usedAt)))
      .run().changes === 1
  );
}
