import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { meetingDetailEndpoint, type MeetingDetail } from '@anteckna/contract';
import { errorTextKey } from '../../app/errorText.ts';
import { useApiResource } from '../../app/useApiResource.ts';
import { useSession } from '../auth/SessionContext.tsx';
import { useSessionExpiry } from '../auth/useSessionExpiry.ts';
import { ProjectorScreen } from './ProjectorScreen.tsx';
import { useLiveMinutes } from './useLiveMinutes.ts';
import { useProjectorSession } from './useProjectorSession.ts';
import './projector.css';

/** `#/meetings/<id>/projector`: the current item in large type, read-only, with no chrome. */
export function ProjectorPage({ meetingId }: { meetingId: string }) {
  const { t } = useTranslation();
  const { load, reload } = useApiResource(meetingDetailEndpoint, { params: { id: meetingId } });
  const expired = useSessionExpiry(load);

  if (load.status === 'ready') return <LiveProjector detail={load.data} />;
  return (
    <main className="projector projector-message" id="main" tabIndex={-1}>
      {load.status === 'error' && !expired ? (
        <>
          <h1>{t('projector.loadFailed')}</h1>
          <p role="alert">{t(errorTextKey(load.error))}</p>
          <button type="button" className="button" onClick={reload}>
            {t('app.retry')}
          </button>
        </>
      ) : (
        <p role="status">{t('app.loading')}</p>
      )}
    </main>
  );
}

function LiveProjector({ detail }: { detail: MeetingDetail }) {
  const { t } = useTranslation();
  const { sessionExpired } = useSession();
  const projector = useProjectorSession(detail.meeting.id, sessionExpired);
  const { model, currentItemId } = useLiveMinutes(
    projector.session?.doc ?? null,
    projector.status.loaded,
    detail.minutes,
  );

  useEffect(() => {
    document.title = `${t('projector.title')} – ${detail.meeting.title} – ${t('app.name')}`;
  }, [detail.meeting.title, t]);

  if (projector.failure) {
    return (
      <main className="projector projector-message" id="main" tabIndex={-1}>
        <h1>{t(`projector.failure.${projector.failure}`)}</h1>
        {projector.failure === 'closed' && (
          <button type="button" className="button" onClick={projector.retry}>
            {t('app.retry')}
          </button>
        )}
      </main>
    );
  }
  return (
    <ProjectorScreen
      model={model}
      currentItemId={currentItemId}
      connection={projector.status.connection}
    />
  );
}
