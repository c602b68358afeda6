/**
 * K31: an election without a role or the start of its term, which the register of roles cannot
 * place; K32: two elections to one role whose terms overlap (two chairs for 2027), in these
 * minutes or against the body's earlier elections the server knows. Overlap is a warning: a
 * by-election ("fyllnadsval") after a chair steps down overlaps on purpose.
 */
import type { DecisionClause, MinutesModel } from '../minutesModel.ts';
import type { CheckContext, KnownElection, RuleHit } from './finding.ts';

export function checkElectionTerms(model: MinutesModel): RuleHit[] {
  return model.items.flatMap((item) =>
    item.decision
      .filter((clause) => clause.type === 'elect' && (!clause.role || !clause.termFrom))
      .map((clause) => ({
        rule: 'election_without_term' as const,
        itemId: item.id,
        text: clause.text,
        params: { number: item.number, text: clause.text },
      })),
  );
}

export function checkElectionOverlaps(model: MinutesModel, context: CheckContext): RuleHit[] {
  const earlier = context.elections ?? [];
  const hits: RuleHit[] = [];
  const seen: Array<KnownElection & { itemId: string }> = [];
  for (const item of model.items) {
    for (const clause of item.decision) {
      const election = knownElection(clause, model.meeting.date);
      if (election === null) continue;
      const other = [...earlier, ...seen].find((known) => overlaps(known, election));
      if (other !== undefined) {
        hits.push({
          rule: 'election_term_overlap',
          itemId: item.id,
          text: clause.text,
          params: {
            number: item.number,
            role: election.role,
            name: election.name,
            otherName: other.name,
            otherFrom: other.termFrom,
            otherTo: other.termTo ?? '',
          },
        });
      }
      seen.push({ ...election, itemId: item.id });
    }
  }
  return hits;
}

function knownElection(clause: DecisionClause, meetingDate: string): KnownElection | null {
  if (clause.type !== 'elect' || !clause.role || !clause.termFrom) return null;
  return {
    role: clause.role,
    name: clause.target ?? clause.text,
    termFrom: clause.termFrom,
    ...(clause.termTo ? { termTo: clause.termTo } : {}),
    meetingDate,
  };
}

/**
 * Same role (case aside), another person, and both terms with both ends that share a day. A term
 * left open is ended by the next election, so it never overlaps.
 */
function overlaps(a: KnownElection, b: KnownElection): boolean {
  if (a.role.trim().toLowerCase() !== b.role.trim().toLowerCase()) return false;
  if (a.name.trim().toLowerCase() === b.name.trim().toLowerCase()) return false;
  if (a.termTo === undefined || b.termTo === undefined) return false;
  return a.termFrom <= b.termTo && b.termFrom <= a.termTo;
}
