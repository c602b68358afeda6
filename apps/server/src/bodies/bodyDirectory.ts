import { randomBytes, randomUUID } from 'node:crypto';
import { and, eq } from 'drizzle-orm';
import type { BodyRole } from '@anteckna/domain';
import type { AppDeps } from '../appDeps.ts';
import { hashPassword } from '../auth/password.ts';
import { bodies, memberships, users } from '../db/schema.ts';
import { appError } from '../errors/appError.ts';

export interface MemberInput {
  email: string;
  name: string;
  title?: string;
  organisation: string;
  role: BodyRole;
  deputy?: boolean;
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
    })
    .from(memberships)
    .innerJoin(users, eq(users.id, memberships.userId))
    .where(eq(memberships.bodyId, bodyId))
    .all();
  return { ...body, members };
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
  if (input.organisation && !body.memberOrganisations.includes(input.organisation))
    throw appError('unknown_organisation');
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
  }
  deps.db
    .insert(memberships)
    .values({
      bodyId,
      userId: user.id,
      role: input.role,
      organisation: input.organisation,
      deputy: input.deputy ?? false,
    })
    .onConflictDoUpdate({
      target: [memberships.bodyId, memberships.userId],
      set: { role: input.role, organisation: input.organisation, deputy: input.deputy ?? false },
    })
    .run();
  return readBody(deps, bodyId);
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
  readBody(deps, bodyId);
  deps.db.update(bodies).set(patch).where(eq(bodies.id, bodyId)).run();
  return readBody(deps, bodyId);
}
