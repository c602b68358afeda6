import type { TFunction } from 'i18next';
import { isDocSchemaError } from '@anteckna/doc-schema';
import type { Actor } from '@anteckna/domain';
import type * as Y from 'yjs';
import type { MeetingDetail, PersonOption } from '@anteckna/contract';
import type { CollabSession } from '../editor/collabSession.ts';
import type { MeetingSession } from './meetingView.ts';

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
