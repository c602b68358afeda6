import { useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { LoadFailedPage, LoadingPage } from '../../app/PageMessage.tsx';
import { callApi } from '../../app/api.ts';
import { documentedApiPaths } from '../../app/apiPaths.ts';
import {
  createInvitationEndpoint,
  meetingPeopleEndpoint,
  type MeetingDetail,
  type PersonOption,
} from '@anteckna/contract';
import { useMe, useSession } from '../auth/SessionContext.tsx';
import { EditorRegistry, EditorRegistryContext } from '../editor/editorRegistry.ts';
import { useCollab } from '../editor/useCollab.ts';
import { MeetingWorkspace } from './MeetingWorkspace.tsx';

/** One open meeting: its collaboration session, rebuilt after a refusal, and its page. */
export function OpenMeeting({ detail, itemId }: { detail: MeetingDetail; itemId: string | null }) {
  const { t } = useTranslation();
  const { sessionExpired } = useSession();
  const me = useMe();
  const collab = useCollab(detail.meeting.id, me.user.id, sessionExpired);
  const registry = useMemo(() => new EditorRegistry(), []);
  const isSecretary = detail.access.role === 'secretary';
  const people = useMeetingPeople(detail.meeting.id, isSecretary);
  const canInvite = useDocumentedPath(createInvitationEndpoint.path, isSecretary);

  useEffect(() => {
    document.title = `${detail.meeting.title} – ${t('app.name')}`;
  }, [detail.meeting.title, t]);

  if (collab.failure) {
    return (
      <LoadFailedPage
        heading={t(`collabFailure.${collab.failure}.title`)}
        reason={t(`collabFailure.${collab.failure}.text`)}
        onRetry={collab.failure === 'notFound' ? undefined : collab.retry}
      />
    );
  }
  if (!collab.session) return <LoadingPage />;
  return (
    <EditorRegistryContext.Provider value={registry}>
      <MeetingWorkspace
        detail={detail}
        collab={{ ...collab, session: collab.session }}
        people={people}
        canInvite={canInvite}
        itemId={itemId}
      />
    </EditorRegistryContext.Provider>
  );
}

/**
 * People the secretary can name presenters, when the server offers the list; null when it does
 * not, and presenters are then typed as names.
 */
function useMeetingPeople(meetingId: string, wanted: boolean): PersonOption[] | null {
  const [people, setPeople] = useState<PersonOption[] | null>(null);
  useEffect(() => {
    if (!wanted) return undefined;
    const controller = new AbortController();
    documentedApiPaths()
      .then((paths) => {
        if (!paths.has(meetingPeopleEndpoint.path)) return null;
        return callApi(meetingPeopleEndpoint, {
          params: { id: meetingId },
          signal: controller.signal,
        });
      })
      .then(
        (answer) => setPeople(answer && Array.isArray(answer.people) ? answer.people : null),
        () => setPeople(null),
      );
    return () => controller.abort();
  }, [meetingId, wanted]);
  return people;
}

/** Whether the server documents an endpoint: newer features appear when the server has them. */
function useDocumentedPath(path: string, wanted: boolean): boolean {
  const [documented, setDocumented] = useState(false);
  useEffect(() => {
    if (!wanted) return undefined;
    let live = true;
    void documentedApiPaths().then((paths) => {
      if (live) setDocumented(paths.has(path));
    });
    return () => {
      live = false;
    };
  }, [path, wanted]);
  return documented;
}
