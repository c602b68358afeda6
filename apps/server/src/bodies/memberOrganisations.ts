/**
 * The organisations a body's seats belong to, in the order the attendance table lists them.
 * Each change is one organisation (added, removed, moved one place), made to the list as the
 * database holds it when the change is written: two secretaries changing the list at once both
 * keep what they did, where a whole list sent back from a page would drop what the other added.
 */
import { and, eq, sql } from 'drizzle-orm';
import type { Db } from '../db/openDatabase.ts';
import { bodies, memberships, vacantSeats } from '../db/schema.ts';
import { withTransaction } from '../db/transaction.ts';
import { appError } from '../errors/appError.ts';

/** Spaces tidied, as a name is printed in the attendance table. */
function tidy(name: string): string {
  return name.trim().replace(/\s+/gu, ' ');
}

/** Added last; a name the list has already, case aside, is refused. */
export function addMemberOrganisation(db: Db, bodyId: string, raw: string): Promise<void> {
  const organisation = tidy(raw);
  return changeOrganisations(db, bodyId, async (current) => {
    const taken = current.find((name) => name.toLowerCase() === organisation.toLowerCase());
    if (taken !== undefined)
      throw appError('organisation_exists', { details: { organisation: taken } });
    return [...current, organisation];
  });
}

/** Refused while a member or a vacant seat belongs to it: they would point at nothing. */
export function removeMemberOrganisation(
  db: Db,
  bodyId: string,
  organisation: string,
): Promise<void> {
  return changeOrganisations(db, bodyId, async (current, tx) => {
    const position = current.indexOf(organisation);
    if (position < 0) throw appError('organisation_not_found', { details: { organisation } });
    if (await hasSeats(tx, bodyId, organisation))
      throw appError('organisation_in_use', { details: { organisation } });
    return current.filter((name) => name !== organisation);
  });
}

/** One place up or down from where it is now; at the top or the bottom already, it stays. */
export function moveMemberOrganisation(
  db: Db,
  bodyId: string,
  organisation: string,
  direction: 'up' | 'down',
): Promise<void> {
  return changeOrganisations(db, bodyId, async (current) => {
    const from = current.indexOf(organisation);
    if (from < 0) throw appError('organisation_not_found', { details: { organisation } });
    const to = direction === 'up' ? from - 1 : from + 1;
    if (to < 0 || to >= current.length) return current;
    const next = [...current];
    [next[from], next[to]] = [next[to]!, next[from]!];
    return next;
  });
}

/**
 * Reads the list, changes it and writes it back in one transaction. The first statement takes
 * the body's row (an update that changes nothing and returns the list): on Postgres a second
 * change of the same body waits at it until this one commits and then reads what this one left;
 * SQLite runs its transactions one at a time anyway.
 */
async function changeOrganisations(
  db: Db,
  bodyId: string,
  change: (current: string[], tx: Db) => Promise<string[]>,
): Promise<void> {
  await withTransaction(db, async (tx) => {
    const current = await takeOrganisations(tx, bodyId);
    const next = await change(current, tx);
    if (next !== current)
      await tx.update(bodies).set({ memberOrganisations: next }).where(eq(bodies.id, bodyId));
  });
}

/**
 * Writes a seat of `organisation` (a member's or a vacant one; "" is no organisation) in one
 * transaction with the check that the body lists it, taking the body's row first as the list's
 * own changes do. A seat written while someone removes its organisation thus either comes first
 * (and the removal is refused, `organisation_in_use`) or finds it gone (`unknown_organisation`):
 * never a seat of an organisation the body no longer has.
 */
export function writeSeatOf<T>(
  db: Db,
  bodyId: string,
  organisation: string,
  write: (tx: Db) => Promise<T>,
): Promise<T> {
  return withTransaction(db, async (tx) => {
    const current = await takeOrganisations(tx, bodyId);
    if (organisation && !current.includes(organisation)) throw appError('unknown_organisation');
    return write(tx);
  });
}

/** The body's row taken (an update that changes nothing) and its list as it is now. */
async function takeOrganisations(tx: Db, bodyId: string): Promise<string[]> {
  const [row] = await tx
    .update(bodies)
    .set({ memberOrganisations: sql`${bodies.memberOrganisations}` })
    .where(eq(bodies.id, bodyId))
    .returning({ memberOrganisations: bodies.memberOrganisations });
  if (!row) throw appError('body_not_found');
  return row.memberOrganisations;
}

async function hasSeats(tx: Db, bodyId: string, organisation: string): Promise<boolean> {
  const member = await tx
    .select({ userId: memberships.userId })
    .from(memberships)
    .where(and(eq(memberships.bodyId, bodyId), eq(memberships.organisation, organisation)))
    .limit(1);
  if (member.length > 0) return true;
  const vacant = await tx
    .select({ id: vacantSeats.id })
    .from(vacantSeats)
    .where(and(eq(vacantSeats.bodyId, bodyId), eq(vacantSeats.organisation, organisation)))
    .limit(1);
  return vacant.length > 0;
}
