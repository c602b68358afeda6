import type { Actor } from './role.ts';
import type { Phase } from './phase.ts';
import { parseDocRoot } from './docRoot.ts';

/** What the policy needs to know of a meeting. `presenterIds` comes from the server's own agenda. */
export interface MeetingWriteContext {
  phase: Phase;
  presenterIdsOf(itemId: string): readonly string[];
}

export type WriteVerdict = { allowed: true } | { allowed: false; reason: WriteRefusalReason };

/** Stable reasons, mapped to Swedish and English text by the web app's catalogs. */
export type WriteRefusalReason =
  | 'locked'
  | 'not_in_preparation'
  | 'not_presenter_of_item'
  | 'secretary_only'
  | 'unknown_root'
  | 'read_only_role';

/**
 * The one write policy (ARCHITECTURE "Who may write what"). The browser uses it to make fields
 * editable, the server's update gate to accept or refuse; both must give the same answer.
 */
export function mayWrite(
  actor: Actor,
  rootName: string,
  meeting: MeetingWriteContext,
): WriteVerdict {
  const root = parseDocRoot(rootName);
  if (meeting.phase === 'locked') return refuse('locked');
  if (root.kind === 'unknown') return refuse('unknown_root');
  if (actor.bodyRole === 'secretary') return { allowed: true };
  if (root.kind !== 'item' || root.field === 'decision') {
    return refuse(actor.bodyRole === null ? 'not_presenter_of_item' : 'secretary_only');
  }
  const presents = meeting.presenterIdsOf(root.itemId).includes(actor.userId);
  if (!presents)
    return refuse(actor.bodyRole === null ? 'not_presenter_of_item' : 'read_only_role');
  if (meeting.phase !== 'preparation') {
    return refuse('not_in_preparation');
  }
  return { allowed: true };
}

function refuse(reason: WriteRefusalReason): WriteVerdict {
  return { allowed: false, reason };
}
