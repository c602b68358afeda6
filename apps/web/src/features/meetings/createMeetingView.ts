import type { TFunction } from 'i18next';
import { isDocSchemaError } from '@anteckna/doc-schema';
import type { MinutesModel } from '@anteckna/doc-schema';
import { parseDocRoot } from '@anteckna/domain';
import type { Actor, Phase } from '@anteckna/domain';
import type * as Y from 'yjs';
import type { MeetingDetail, PersonOption } from '../../app/apiTypes.ts';
import type { Language } from '../../i18n/i18n.ts';
import type { CollabSession } from '../editor/collabSession.ts';
import { fieldAccess } from '../editor/fieldAccess.ts';
import { readOnlyText, typingRefusalText } from '../editor/readOnlyText.ts';
import type { PresentPerson } from '../editor/usePresence.ts';
import type { MeetingView } from './meetingView.ts';

export interface MeetingViewInput {
  detail: MeetingDetail;
  session: CollabSession;
  generation: number;
  model: MinutesModel;
  phase: Phase;
  userName: string;
  presence: PresentPerson[];
  people: PersonOption[] | null;
  canInvite: boolean;
  openFields: ReadonlySet<string>;
  openField(rootName: string, focus?: boolean): void;
  announce(message: string): void;
  t: TFunction;
  language: Language;
}

/**
 * The shared view of the open meeting. Who may write each field is asked of the one write
 * policy with the phase and presenters as the live document has them, so it follows a phase
 * change or a new presenter the moment the document does.
 */
export function createMeetingView(input: MeetingViewInput): MeetingView {
  const { detail, model, phase, session, t, language } = input;
  const actor: Actor = {
    userId: detail.access.userId,
    bodyRole: detail.access.role === 'presenter' ? null : detail.access.role,
  };
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
    meetingId: detail.meeting.id,
    detail,
    session,
    generation: input.generation,
    model,
    phase,
    actor,
    role: detail.access.role,
    isSecretary: actor.bodyRole === 'secretary',
    // Others see the name and colour the server gives this person; this is only the fallback.
    caretUser: { name: input.userName, color: '#1f6feb' },
    presence: input.presence,
    people: input.people,
    canInvite: input.canInvite,
    accessOf,
    isFieldOpen: (rootName: string) => input.openFields.has(rootName),
    openField: input.openField,
    lockTextOf: (rootName: string) => {
      const access = accessOf(rootName);
      return access.editable ? null : readOnlyText(access.reason, t, language);
    },
    refuseTyping: (rootName: string) => {
      const access = accessOf(rootName);
      if (access.editable) return;
      const root = parseDocRoot(rootName);
      const number = root.kind === 'item' ? itemsById.get(root.itemId)?.number : undefined;
      input.announce(typingRefusalText(access.reason, number ?? null, t, language));
    },
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
