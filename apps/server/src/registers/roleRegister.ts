import { and, asc, eq, inArray, isNotNull } from 'drizzle-orm';
import type { Db } from '../db/openDatabase.ts';
import { meetings, registerClauses } from '../db/schema.ts';
import { DECIDED_PHASES, type ClauseSource } from './decisionRegister.ts';

export type RoleStatus = 'current' | 'coming' | 'ended';

export interface RoleEntry extends ClauseSource {
  /** As written in the clause: "ordförande", "vice ordförande", "sekreterare" … */
  role: string;
  /** The elected person's name. */
  name: string;
  /** Their id when a person of the body. */
  personId?: string;
  /** First day of the term; the meeting's date when the clause names none. */
  termFrom: string;
  /** Last day of the term; absent: until the next election to the role. */
  termTo?: string;
  status: RoleStatus;
  position: number;
  /** The clause, without "att". */
  text: string;
}

/** The roles a body always has come first, in this order; others follow alphabetically. */
const ROLE_ORDER = ['ordförande', 'vice ordförande'];

const roleKey = (role: string) => role.trim().toLowerCase();

function roleRank(role: string): number {
  const index = ROLE_ORDER.indexOf(roleKey(role));
  return index < 0 ? ROLE_ORDER.length : index;
}

/**
 * The body's register of roles (SPEC rule V6): every election with a role in its circulated and
 * approved minutes, each with its status today. A term without an end lasts until the next
 * election to the same role has begun. Grouped by role (chair, vice chair, then the others),
 * latest term first within a role.
 */
export async function roleRegister(db: Db, bodyId: string, today: string): Promise<RoleEntry[]> {
  const rows = await db
    .select({
      clause: registerClauses,
      meetingDate: meetings.date,
      meetingTitle: meetings.title,
      phase: meetings.phase,
    })
    .from(registerClauses)
    .innerJoin(meetings, eq(meetings.id, registerClauses.meetingId))
    .where(
      and(
        eq(registerClauses.bodyId, bodyId),
        eq(registerClauses.type, 'elect'),
        isNotNull(registerClauses.role),
        inArray(meetings.phase, [...DECIDED_PHASES]),
      ),
    )
    .orderBy(asc(meetings.date));
  const elections = rows.map(({ clause, meetingDate, meetingTitle, phase }) => ({
    role: clause.role!.trim(),
    name: clause.target?.trim() ?? '',
    ...(clause.personId ? { personId: clause.personId } : {}),
    termFrom: clause.termFrom ?? meetingDate,
    ...(clause.termTo ? { termTo: clause.termTo } : {}),
    meetingId: clause.meetingId,
    meetingDate,
    meetingTitle,
    phase: phase as RoleEntry['phase'],
    itemId: clause.itemId,
    itemNumber: clause.itemNumber,
    itemTitle: clause.itemTitle,
    position: clause.position,
    text: clause.text,
  }));
  const entries = elections.map((election): RoleEntry => {
    const successor = elections.some(
      (other) =>
        roleKey(other.role) === roleKey(election.role) &&
        other.termFrom > election.termFrom &&
        other.termFrom <= today,
    );
    return { ...election, status: statusOn(election, today, successor) };
  });
  return entries.sort(
    (a, b) =>
      roleRank(a.role) - roleRank(b.role) ||
      roleKey(a.role).localeCompare(roleKey(b.role), 'sv') ||
      b.termFrom.localeCompare(a.termFrom),
  );
}

function statusOn(
  election: { termFrom: string; termTo?: string },
  today: string,
  succeeded: boolean,
): RoleStatus {
  if (election.termFrom > today) return 'coming';
  if (election.termTo !== undefined) return election.termTo < today ? 'ended' : 'current';
  return succeeded ? 'ended' : 'current';
}
