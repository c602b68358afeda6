import { useTranslation } from 'react-i18next';
import { meetingDetailEndpoint } from '@anteckna/contract';
import { LoadFailedPage, LoadingPage } from '../../app/PageMessage.tsx';
import { ApiError } from '../../app/api.ts';
import { errorTextKey } from '../../app/errorText.ts';
import { useApiResource } from '../../app/useApiResource.ts';
import { useSessionExpiry } from '../auth/useSessionExpiry.ts';
import { OpenMeeting } from './OpenMeeting.tsx';

/** `#/meetings/<id>`: loads the meeting and the person's access, then opens its document. */
export function MeetingPage({ meetingId, itemId }: { meetingId: string; itemId: string | null }) {
  const { t } = useTranslation();
  const { load, reload } = useApiResource(meetingDetailEndpoint, { params: { id: meetingId } });
  const expired = useSessionExpiry(load);

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
  return <OpenMeeting detail={load.data} itemId={itemId} />;
}
