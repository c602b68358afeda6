import { createContext, useContext } from 'react';
import type { Actor, Phase } from '@anteckna/domain';
import type { MinutesModel } from '@anteckna/doc-schema';
import type * as Y from 'yjs';
import type { MeetingDetail, MeetingRole, PersonOption } from '../../app/apiTypes.ts';
import type { CollabSession } from '../editor/collabSession.ts';
import type { CaretUser } from '../editor/editorExtensions.ts';
import type { FieldAccess } from '../editor/fieldAccess.ts';
import type { PresentPerson } from '../editor/usePresence.ts';

/** Everything the parts of the open meeting share, read live from the document. */
export interface MeetingView {
  meetingId: string;
  detail: MeetingDetail;
  session: CollabSession;
  generation: number;
  model: MinutesModel;
  phase: Phase;
  actor: Actor;
  role: MeetingRole;
  isSecretary: boolean;
  caretUser: CaretUser;
  presence: PresentPerson[];
  /** People who can be named presenters, when the server lists them. */
  people: PersonOption[] | null;
  /** The server can make one-time invitation links for presenters. */
  canInvite: boolean;
  accessOf(rootName: string): FieldAccess;
  /** Empty fields start folded into an "add" button; these are the ones opened since. */
  isFieldOpen(rootName: string): boolean;
  /** Unfolds a field; with `focus`, the caret goes into it once its editor is there. */
  openField(rootName: string, focus?: boolean): void;
  /** The text on the lock of a read-only field, or null when it is writable. */
  lockTextOf(rootName: string): string | null;
  /**
   * Says at once, politely, why typing into a read-only field does nothing ("Punkt 4 b skrivs
   * av Lena Bergström"), from the one write policy.
   */
  refuseTyping(rootName: string): void;
  /**
   * Runs a doc-schema writer on the shared document; a writer's refusal (a rule of the minutes,
   * such as "a withdrawn item has no decision") is announced instead of thrown.
   */
  write(change: (doc: Y.Doc) => void): boolean;
  announce(message: string): void;
}

export const MeetingViewContext = createContext<MeetingView | null>(null);

export function useMeetingView(): MeetingView {
  const view = useContext(MeetingViewContext);
  if (!view) throw new Error('useMeetingView outside a meeting');
  return view;
}
