import { createContext, useContext, useMemo } from 'react';
import type { Actor, Phase } from '@anteckna/domain';
import type { MinutesModel } from '@anteckna/doc-schema';
import type * as Y from 'yjs';
import type { MeetingDetail, MeetingRole, PersonOption } from '@anteckna/contract';
import type { CollabSession } from '../editor/collabSession.ts';
import type { CaretUser } from '../editor/editorExtensions.ts';
import type { FieldAccess } from '../editor/fieldAccess.ts';
import type { PresentPerson } from '../editor/usePresence.ts';

/**
 * Who is in the open meeting and what they may do: stable while the session lasts, so the parts
 * that need only this do not render again on every change of the document.
 */
export interface MeetingSession {
  meetingId: string;
  detail: MeetingDetail;
  session: CollabSession;
  generation: number;
  actor: Actor;
  role: MeetingRole;
  isSecretary: boolean;
  caretUser: CaretUser;
  /** People who can be named presenters, when the server lists them. */
  people: PersonOption[] | null;
  /** The server can make one-time invitation links for presenters. */
  canInvite: boolean;
  /**
   * Runs a doc-schema writer on the shared document; a writer's refusal (a rule of the minutes,
   * such as "a withdrawn item has no decision") is announced instead of thrown.
   */
  write(change: (doc: Y.Doc) => void): boolean;
  announce(message: string): void;
}

/** The document and the page as they are now: made again on every change of the document. */
export interface MeetingState {
  model: MinutesModel;
  phase: Phase;
  presence: PresentPerson[];
  /** Who may write a field now: the write policy asked with the document's phase and presenters. */
  accessOf(rootName: string): FieldAccess;
  /** The text on the lock of a read-only field, or null when it is writable. */
  lockTextOf(rootName: string): string | null;
  /**
   * What to say at once, politely, when someone types into a read-only field ("Punkt 4 b skrivs
   * av Lena Bergström"), from the one write policy; null when the field is writable.
   */
  typingRefusalOf(rootName: string): string | null;
  /** Empty fields start folded into an "add" button; these are the ones opened since. */
  isFieldOpen(rootName: string): boolean;
  /** Unfolds a field; with `focus`, the caret goes into it once its editor is there. */
  openField(rootName: string, focus?: boolean): void;
}

/** Both, for the parts that show the document and need to know who is looking. */
export type MeetingView = MeetingSession & MeetingState;

export const MeetingSessionContext = createContext<MeetingSession | null>(null);
export const MeetingStateContext = createContext<MeetingState | null>(null);

export function useMeetingSession(): MeetingSession {
  const session = useContext(MeetingSessionContext);
  if (!session) throw new Error('useMeetingSession outside a meeting');
  return session;
}

export function useMeetingState(): MeetingState {
  const state = useContext(MeetingStateContext);
  if (!state) throw new Error('useMeetingState outside a meeting');
  return state;
}

export function useMeetingView(): MeetingView {
  const session = useMeetingSession();
  const state = useMeetingState();
  return useMemo(() => ({ ...session, ...state }), [session, state]);
}
