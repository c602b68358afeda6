import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError, isUnauthenticated } from '../../app/api.ts';
import { errorTextKey } from '../../app/errorText.ts';
import { routeHref } from '../../app/route.ts';
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

  if (load.status === 'loading' || expired) {
    return (
      <main className="page-message" id="main" tabIndex={-1}>
        <p role="status">{t('app.loading')}</p>
      </main>
    );
  }
  if (load.status === 'error') {
    const notFound = load.error instanceof ApiError && load.error.status === 404;
    return (
      <main className="page-message" id="main" tabIndex={-1}>
        <h1>{notFound ? t('meeting.notFound') : t('meeting.loadFailed')}</h1>
        <p role="alert">{t(errorTextKey(load.error))}</p>
        {!notFound && (
          <button type="button" className="button" onClick={reload}>
            {t('app.retry')}
          </button>
        )}
        <p>
          <a href={routeHref({ name: 'meetings' })}>{t('meetings.backToList')}</a>
        </p>
      </main>
    );
  }
  return <OpenMeeting detail={load.detail} itemId={itemId} />;
}
