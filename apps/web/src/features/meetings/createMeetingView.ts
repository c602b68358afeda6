import type { TFunction } from 'i18next';
import { isDocSchemaError } from '@anteckna/doc-schema';
import type { MinutesModel } from '@anteckna/doc-schema';
import type { Actor, Phase } from '@anteckna/domain';
import type * as Y from 'yjs';
import type { MeetingDetail, PersonOption } from '@anteckna/contract';
import type { Language } from '../../i18n/i18n.ts';
import type { CollabSession } from '../editor/collabSession.ts';
import { fieldAccess } from '../editor/fieldAccess.ts';
import { readOnlyText } from '../editor/readOnlyText.ts';
import type { PresentPerson } from '../editor/usePresence.ts';
import type { MeetingSession, MeetingState } from './meetingView.ts';

export interface MeetingSessionInput {
  detail: MeetingDetail;
  session: CollabSession;
  generation: number;
  userName: string;
  people: PersonOption[] | null;
  canInvite: boolean;
  announce(message: string): void;
  t: TFunction;
}

/** Who is in the meeting and what they may do, as the server said when the meeting opened. */
export function createMeetingSession(input: MeetingSessionInput): MeetingSession {
  const { detail, session, t } = input;
  // The server says the body role; a presenter from outside the body has none.
  const actor: Actor = { userId: detail.access.userId, bodyRole: detail.access.bodyRole };
  return {
    meetingId: detail.meeting.id,
    detail,
    session,
    generation: input.generation,
    actor,
    role: detail.access.role,
    isSecretary: actor.bodyRole === 'secretary',
    // Others see the name and colour the server gives this person; this is only the fallback.
    caretUser: { name: input.userName, color: '#1f6feb' },
    people: input.people,
    canInvite: input.canInvite,
    write: (change: (doc: Y.Doc) => void) => {
      try {
        change(session.doc);
        return true;
      } catch (error) {
        if (!isDocSchemaError(error)) throw error;
        input.announce(t(`docErrors.${error.id}`, { defaultValue: t('docErrors.unknown') }));
        return false;
      }
    },
    announce: input.announce,
  };
}

export interface MeetingStateInput {
  actor: Actor;
  model: MinutesModel;
  phase: Phase;
  presence: PresentPerson[];
  openFields: ReadonlySet<string>;
  openField(rootName: string, focus?: boolean): void;
  t: TFunction;
  language: Language;
}

/**
 * The document as it is now. Who may write each field is asked of the one write policy with the
 * phase and presenters as the live document has them, so it follows a phase change or a new
 * presenter the moment the document does.
 */
export function createMeetingState(input: MeetingStateInput): MeetingState {
  const { actor, model, phase, t, language } = input;
  const itemsById = new Map(model.items.map((item) => [item.id, item]));
  const context = {
    actor,
    phase,
    presenterIdsOf: (id: string) => itemsById.get(id)?.presenterIds ?? [],
    presenterNamesOf: (id: string) =>
      itemsById.get(id)?.presenters.map((person) => person.name) ?? [],
    approvedAt: model.approval?.approvedByMeetingDate ?? null,
  };
  const accessOf = (rootName: string) => fieldAccess(rootName, context);
  return {
    model,
    phase,
    presence: input.presence,
    accessOf,
    lockTextOf: (rootName: string) => {
      const access = accessOf(rootName);
      return access.editable ? null : readOnlyText(access.reason, t, language);
    },
    isFieldOpen: (rootName: string) => input.openFields.has(rootName),
    openField: input.openField,
  };
}
