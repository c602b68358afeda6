import { firstRow } from '../db/firstRow.ts';
import { randomUUID } from 'node:crypto';
import { readAgendaRecords, updateAgendaItem } from '@anteckna/doc-schema';
import { eq } from 'drizzle-orm';
import type { Context } from 'hono';
import type { AppDeps } from '../appDeps.ts';
import { attemptPassword } from '../auth/passwordAttempt.ts';
import { hashPassword, verifyPassword } from '../auth/password.ts';
import { SERVER_ORIGIN } from '../collab/room.ts';
import { users } from '../db/schema.ts';
import { appError } from '../errors/appError.ts';
import { claimInvitation, findOpenInvitation } from './invitationStore.ts';

export interface AcceptInput {
  name: string;
  password: string;
  title?: string;
  organisation?: string;
}

/**
 * Follows an invitation link: creates the account (or checks the password of an existing one with
 * the invited address), marks the link used, and makes the person a presenter of the item in the
 * server's own agenda, which is what the write gate trusts.
 */
export async function acceptInvitation(
  deps: AppDeps,
  c: Context,
  token: string,
  input: AcceptInput,
) {
  const invitation = await findOpenInvitation(deps.db, token, deps.now());
  if (!invitation) throw appError('invitation_invalid');
  const existing = await deps.db
    .select()
    .from(users)
    .where(eq(users.email, invitation.email))
    .then(firstRow);
  // The same throttle as logging in: a link must not become an unthrottled password oracle.
  if (existing) {
    await attemptPassword(deps, c, existing.email, () =>
      verifyPassword(existing.passwordHash, input.password),
    );
  }
  const passwordHash = existing ? existing.passwordHash : await hashPassword(input.password);
  if (!(await claimInvitation(deps.db, invitation.tokenHash, deps.now())))
    throw appError('invitation_invalid');
  const user =
    existing ??
    (await (async () => {
      const row = {
        id: randomUUID(),
        email: invitation.email,
        name: input.name,
        title: input.title ?? '',
        organisation: input.organisation ?? '',
        passwordHash,
        locale: 'sv' as const,
      };
      await deps.db.insert(users).values(row);
      return { ...row, createdAt: new Date().toISOString() };
    })());
  await deps.collab.writeDoc(invitation.meetingId, (room) => {
    const record = readAgendaRecords(room.doc).find((r) => r.id === invitation.itemId);
    if (!record || record.presenters.some((p) => p.userId === user.id)) return;
    room.doc.transact(() => {
      updateAgendaItem(room.doc, record.id, {
        presenters: [
          ...record.presenters,
          { userId: user.id, name: user.name, title: user.title, organisation: user.organisation },
        ],
      });
    }, SERVER_ORIGIN);
  });
  await deps.collab.flush();
  return { user, meetingId: invitation.meetingId, itemId: invitation.itemId };
}
