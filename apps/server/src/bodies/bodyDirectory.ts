import { randomBytes, randomUUID } from 'node:crypto';
import { and, eq } from 'drizzle-orm';
import type { BodyRole } from '@anteckna/domain';
import type { AppDeps } from '../appDeps.ts';
import { recheckAccess } from '../collab/sessionReach.ts';
import { hashPassword } from '../auth/password.ts';
import { bodies, memberships, users, vacantSeats } from '../db/schema.ts';
import { appError } from '../errors/appError.ts';
import { listBodyAliases } from './bodyAliases.ts';

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

export function readBody(deps: AppDeps, bodyId: string) {
  const body = deps.db.select().from(bodies).where(eq(bodies.id, bodyId)).get();
  if (!body) throw appError('body_not_found');
  const members = deps.db
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
    .where(eq(memberships.bodyId, bodyId))
    .all();
  const vacancies = deps.db
    .select({
      id: vacantSeats.id,
      organisation: vacantSeats.organisation,
      title: vacantSeats.title,
    })
    .from(vacantSeats)
    .where(eq(vacantSeats.bodyId, bodyId))
    .orderBy(vacantSeats.createdAt)
    .all();
  return { ...body, members, vacancies, aliases: listBodyAliases(deps.db, bodyId) };
}

export function roleIn(deps: AppDeps, bodyId: string, userId: string): BodyRole | null {
  const row = deps.db
    .select({ role: memberships.role })
    .from(memberships)
    .where(and(eq(memberships.bodyId, bodyId), eq(memberships.userId, userId)))
    .get();
  return row?.role ?? null;
}

/**
 * Adds a person to the body. A new address gets an account with an unusable random password:
 * members read and attend, and log in once the secretary invites them or sets a password.
 */
export async function addMember(deps: AppDeps, bodyId: string, input: MemberInput) {
  const body = readBody(deps, bodyId);
  checkOrganisation(body, input.organisation);
  const secretaries = body.members.filter((m) => m.role === 'secretary');
  if (
    input.role !== 'secretary' &&
    secretaries.length === 1 &&
    secretaries[0]!.email === input.email.trim().toLowerCase()
  )
    throw appError('last_secretary');
  const email = input.email.trim().toLowerCase();
  let user = deps.db.select().from(users).where(eq(users.email, email)).get();
  if (!user) {
    const row = {
      id: randomUUID(),
      email,
      name: input.name,
      title: input.title ?? '',
      organisation: input.organisation,
      passwordHash: await hashPassword(randomBytes(32).toString('hex')),
    };
    deps.db.insert(users).values(row).run();
    user = deps.db.select().from(users).where(eq(users.id, row.id)).get()!;
  } else if (input.title) {
    deps.db.update(users).set({ title: input.title }).where(eq(users.id, user.id)).run();
  }
  const seat = {
    role: input.role,
    organisation: input.organisation,
    deputy: input.deputy ?? false,
    acting: input.acting ?? false,
  };
  deps.db
    .insert(memberships)
    .values({ bodyId, userId: user.id, ...seat })
    .onConflictDoUpdate({ target: [memberships.bodyId, memberships.userId], set: seat })
    .run();
  return readBody(deps, bodyId);
}

/**
 * Changes how a member sits in the body. The title is the person's own (it follows them into
 * every body's minutes), the rest belongs to this membership.
 */
export function updateMember(deps: AppDeps, bodyId: string, userId: string, patch: MemberPatch) {
  const body = readBody(deps, bodyId);
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
  if (title !== undefined)
    deps.db.update(users).set({ title: title.trim() }).where(eq(users.id, userId)).run();
  if (Object.keys(seat).length > 0)
    deps.db
      .update(memberships)
      .set(seat)
      .where(and(eq(memberships.bodyId, bodyId), eq(memberships.userId, userId)))
      .run();
  // A new role means new rights: open sockets reconnect to get them.
  if (seat.role !== undefined) recheckAccess(deps, userId);
  return readBody(deps, bodyId);
}

export function addVacancy(
  deps: AppDeps,
  bodyId: string,
  input: { organisation: string; title: string },
) {
  checkOrganisation(readBody(deps, bodyId), input.organisation);
  deps.db
    .insert(vacantSeats)
    .values({ id: randomUUID(), bodyId, organisation: input.organisation, title: input.title })
    .run();
  return readBody(deps, bodyId);
}

export function removeVacancy(deps: AppDeps, bodyId: string, seatId: string) {
  const removed = deps.db
    .delete(vacantSeats)
    .where(and(eq(vacantSeats.bodyId, bodyId), eq(vacantSeats.id, seatId)))
    .run();
  if (removed.changes === 0) throw appError('vacancy_not_found');
  return readBody(deps, bodyId);
}

/** A seat belongs to one of the body's member organisations, or to none (""). */
function checkOrganisation(body: { memberOrganisations: string[] }, organisation: string) {
  if (organisation && !body.memberOrganisations.includes(organisation))
    throw appError('unknown_organisation');
}

export function removeMember(deps: AppDeps, bodyId: string, userId: string) {
  const secretaries = readBody(deps, bodyId).members.filter((m) => m.role === 'secretary');
  // A body without a secretary could never be managed again.
  if (secretaries.length === 1 && secretaries[0]!.userId === userId)
    throw appError('last_secretary');
  deps.db
    .delete(memberships)
    .where(and(eq(memberships.bodyId, bodyId), eq(memberships.userId, userId)))
    .run();
  recheckAccess(deps, userId);
  return readBody(deps, bodyId);
}

export function updateBody(
  deps: AppDeps,
  bodyId: string,
  patch: {
    name?: string;
    shortName?: string;
    organisation?: string;
    organisationLines?: string[];
    memberOrganisations?: string[];
  },
) {
  const body = readBody(deps, bodyId);
  if (patch.memberOrganisations) {
    const kept = new Set(patch.memberOrganisations);
    const seats = [...body.members, ...body.vacancies].map((seat) => seat.organisation);
    // Dropping an organisation that still has seats would leave them pointing at nothing.
    const inUse = seats.find((organisation) => organisation && !kept.has(organisation));
    if (inUse) throw appError('organisation_in_use', { details: { organisation: inUse } });
  }
  deps.db.update(bodies).set(patch).where(eq(bodies.id, bodyId)).run();
  return readBody(deps, bodyId);
}
