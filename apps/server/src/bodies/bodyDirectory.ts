import { firstRow } from '../db/firstRow.ts';
import { randomBytes, randomUUID } from 'node:crypto';
import { and, eq } from 'drizzle-orm';
import type { BodyRole } from '@anteckna/domain';
import type { AppDeps } from '../appDeps.ts';
import { recheckAccess } from '../collab/sessionReach.ts';
import { hashPassword } from '../auth/password.ts';
import { bodies, memberships, users, vacantSeats } from '../db/schema.ts';
import { appError } from '../errors/appError.ts';
import { listBodyAliases } from './bodyAliases.ts';
import { writeSeatOf } from './memberOrganisations.ts';

export interface MemberInput {
  email: string;
  name: string;
  title?: string;
  organisation: string;
  role: BodyRole;
  deputy?: boolean;
  acting?: boolean;
}

export interface MemberPatch {
  title?: string;
  organisation?: string;
  role?: BodyRole;
  deputy?: boolean;
  acting?: boolean;
}

export async function readBody(deps: AppDeps, bodyId: string) {
  const body = await deps.db.select().from(bodies).where(eq(bodies.id, bodyId)).then(firstRow);
  if (!body) throw appError('body_not_found');
  const members = await deps.db
    .select({
      userId: users.id,
      email: users.email,
      name: users.name,
      title: users.title,
      organisation: memberships.organisation,
      role: memberships.role,
      deputy: memberships.deputy,
      acting: memberships.acting,
    })
    .from(memberships)
    .innerJoin(users, eq(users.id, memberships.userId))
    .where(eq(memberships.bodyId, bodyId));
  const vacancies = await deps.db
    .select({
      id: vacantSeats.id,
      organisation: vacantSeats.organisation,
      title: vacantSeats.title,
    })
    .from(vacantSeats)
    .where(eq(vacantSeats.bodyId, bodyId))
    .orderBy(vacantSeats.createdAt);
  return { ...body, members, vacancies, aliases: await listBodyAliases(deps.db, bodyId) };
}

export async function roleIn(
  deps: AppDeps,
  bodyId: string,
  userId: string,
): Promise<BodyRole | null> {
  const row = await deps.db
    .select({ role: memberships.role })
    .from(memberships)
    .where(and(eq(memberships.bodyId, bodyId), eq(memberships.userId, userId)))
    .then(firstRow);
  return row?.role ?? null;
}

/**
 * Adds a person to the body. A new address gets an account with an unusable random password:
 * members read and attend, and log in once the secretary invites them or sets a password.
 */
export async function addMember(deps: AppDeps, bodyId: string, input: MemberInput) {
  const body = await readBody(deps, bodyId);
  checkOrganisation(body, input.organisation);
  const secretaries = body.members.filter((m) => m.role === 'secretary');
  if (
    input.role !== 'secretary' &&
    secretaries.length === 1 &&
    secretaries[0]!.email === input.email.trim().toLowerCase()
  )
    throw appError('last_secretary');
  const email = input.email.trim().toLowerCase();
  // Hashed before the transaction, which may wait for nothing but the database.
  const known = await deps.db.select({ id: users.id }).from(users).where(eq(users.email, email));
  const passwordHash =
    known.length === 0 ? await hashPassword(randomBytes(32).toString('hex')) : null;
  const seat = {
    role: input.role,
    organisation: input.organisation,
    deputy: input.deputy ?? false,
    acting: input.acting ?? false,
  };
  await writeSeatOf(deps.db, bodyId, input.organisation, async (tx) => {
    let [user] = await tx.select().from(users).where(eq(users.email, email));
    if (!user) {
      const row = {
        id: randomUUID(),
        email,
        name: input.name,
        title: input.title ?? '',
        organisation: input.organisation,
        passwordHash: requireHash(passwordHash),
      };
      user = (await tx.insert(users).values(row).returning())[0]!;
    } else if (input.title) {
      await tx.update(users).set({ title: input.title }).where(eq(users.id, user.id));
    }
    await tx
      .insert(memberships)
      .values({ bodyId, userId: user.id, ...seat })
      .onConflictDoUpdate({ target: [memberships.bodyId, memberships.userId], set: seat });
  });
  return readBody(deps, bodyId);
}

/**
 * Changes how a member sits in the body. The title is the person's own (it follows them into
 * every body's minutes), the rest belongs to this membership.
 */
export async function updateMember(
  deps: AppDeps,
  bodyId: string,
  userId: string,
  patch: MemberPatch,
) {
  const body = await readBody(deps, bodyId);
  const member = body.members.find((m) => m.userId === userId);
  if (!member) throw appError('member_not_found');
  if (patch.organisation !== undefined) checkOrganisation(body, patch.organisation);
  const secretaries = body.members.filter((m) => m.role === 'secretary');
  if (
    patch.role !== undefined &&
    patch.role !== 'secretary' &&
    member.role === 'secretary' &&
    secretaries.length === 1
  )
    throw appError('last_secretary');
  const { title, ...seat } = patch;
  await writeSeatOf(deps.db, bodyId, patch.organisation ?? '', async (tx) => {
    if (title !== undefined)
      await tx.update(users).set({ title: title.trim() }).where(eq(users.id, userId));
    if (Object.keys(seat).length > 0)
      await tx
        .update(memberships)
        .set(seat)
        .where(and(eq(memberships.bodyId, bodyId), eq(memberships.userId, userId)));
  });
  // A new role means new rights: open sockets reconnect to get them.
  if (seat.role !== undefined) await recheckAccess(deps, userId);
  return readBody(deps, bodyId);
}

export async function addVacancy(
  deps: AppDeps,
  bodyId: string,
  input: { organisation: string; title: string },
) {
  checkOrganisation(await readBody(deps, bodyId), input.organisation);
  await writeSeatOf(deps.db, bodyId, input.organisation, (tx) =>
    tx
      .insert(vacantSeats)
      .values({ id: randomUUID(), bodyId, organisation: input.organisation, title: input.title }),
  );
  return readBody(deps, bodyId);
}

export async function removeVacancy(deps: AppDeps, bodyId: string, seatId: string) {
  const removed = await deps.db
    .delete(vacantSeats)
    .where(and(eq(vacantSeats.bodyId, bodyId), eq(vacantSeats.id, seatId)))
    .returning({ id: vacantSeats.id });
  if (removed.length === 0) throw appError('vacancy_not_found');
  return readBody(deps, bodyId);
}

/** Accounts are never deleted: one found before the transaction is still there inside it. */
function requireHash(passwordHash: string | null): string {
  if (passwordHash === null) throw new Error('an account found before the transaction is gone');
  return passwordHash;
}

/** A seat belongs to one of the body's member organisations, or to none (""). */
function checkOrganisation(body: { memberOrganisations: string[] }, organisation: string) {
  if (organisation && !body.memberOrganisations.includes(organisation))
    throw appError('unknown_organisation');
}

export async function removeMember(deps: AppDeps, bodyId: string, userId: string) {
  const secretaries = (await readBody(deps, bodyId)).members.filter((m) => m.role === 'secretary');
  // A body without a secretary could never be managed again.
  if (secretaries.length === 1 && secretaries[0]!.userId === userId)
    throw appError('last_secretary');
  await deps.db
    .delete(memberships)
    .where(and(eq(memberships.bodyId, bodyId), eq(memberships.userId, userId)));
  await recheckAccess(deps, userId);
  return readBody(deps, bodyId);
}

/** The body's names and heading lines; its member organisations change one at a time. */
export async function updateBody(
  deps: AppDeps,
  bodyId: string,
  patch: {
    name?: string;
    shortName?: string;
    organisation?: string;
    organisationLines?: string[];
  },
) {
  await readBody(deps, bodyId);
  await deps.db.update(bodies).set(patch).where(eq(bodies.id, bodyId));
  return readBody(deps, bodyId);
}
