import type { AppDeps } from '../appDeps.ts';
import { appError } from '../errors/appError.ts';
import type { RoleEntry } from './roleRegister.ts';
import { writeClauseInPlace } from './writeClauseInPlace.ts';

export interface ElectionUpdate {
  role?: string;
  /** The first day of the term, or null to leave it open. */
  termFrom?: string | null;
  /** The last day of the term, or null to leave it open. */
  termTo?: string | null;
}

/**
 * The secretary corrects an election's role or term from the register of roles: written into
 * the clause in place (SPEC rules V1–V2), so only while the minutes are not locked, into the
 * election clause the row describes wherever it is now ([W6]). A term that ends before it starts
 * is refused with `election_term_reversed`, and nothing changes.
 */
export async function updateElection(
  deps: AppDeps,
  election: RoleEntry,
  update: ElectionUpdate,
): Promise<void> {
  await writeClauseInPlace(
    deps,
    {
      meetingId: election.meetingId,
      itemId: election.itemId,
      clause: { position: election.position, clause: { type: 'elect', text: election.text } },
    },
    update,
    (error) =>
      appError(
        error.id === 'election_term_reversed' ? 'election_term_reversed' : 'invalid_election',
        { details: error.params },
      ),
  );
}
