import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { LoadFailedPage, LoadingPage } from '../../app/PageMessage.tsx';
import { ApiError, isUnauthenticated } from '../../app/api.ts';
import { errorTextKey } from '../../app/errorText.ts';
import { useSession } from '../auth/SessionContext.tsx';
import { OpenMeeting } from './OpenMeeting.tsx';
import { useMeetingDetail } from './useMeetingDetail.ts';

/** `#/meetings/<id>`: loads the meeting and the person's access, then opens its document. */
export function MeetingPage({ meetingId, itemId }: { meetingId: string; itemId: string | null }) {
  const { t } = useTranslation();
  const { sessionExpired } = useSession();
  const { load, reload } = useMeetingDetail(meetingId);
  const expired = load.status === 'error' && isUnauthenticated(load.error);

  useEffect(() => {
    if (expired) sessionExpired();
  }, [expired, sessionExpired]);

  if (load.status === 'loading' || expired) return <LoadingPage />;
  if (load.status === 'error') {
    const notFound = load.error instanceof ApiError && load.error.status === 404;
    return (
      <LoadFailedPage
        heading={notFound ? t('meeting.notFound') : t('meeting.loadFailed')}
        reason={t(errorTextKey(load.error))}
        onRetry={notFound ? undefined : reload}
      />
    );
  }
  return <OpenMeeting detail={load.detail} itemId={itemId} />;
}
