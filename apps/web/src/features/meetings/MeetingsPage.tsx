import { useCallback, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { callApi } from '../../app/api.ts';
import { meetingListEndpoint, type MeetingSummary } from '@anteckna/contract';
import { errorTextKey } from '../../app/errorText.ts';
import { useMe } from '../auth/SessionContext.tsx';
import { BodyMeetingsSection } from './BodyMeetingsSection.tsx';
import { groupMeetingsByBody } from './meetingGroups.ts';
import './meetings.css';

type Load =
  | { status: 'loading' }
  | { status: 'error'; error: unknown }
  | { status: 'ready'; meetings: MeetingSummary[] };

export function MeetingsPage() {
  const { t } = useTranslation();
  const me = useMe();
  const [load, setLoad] = useState<Load>({ status: 'loading' });

  const reload = useCallback(async (signal?: AbortSignal) => {
    try {
      const { meetings } = await callApi(meetingListEndpoint, { signal });
      setLoad({ status: 'ready', meetings });
    } catch (error) {
      if (signal?.aborted) return;
      setLoad({ status: 'error', error });
    }
  }, []);

  useEffect(() => {
    const controller = new AbortController();
    void reload(controller.signal);
    return () => controller.abort();
  }, [reload]);

  useEffect(() => {
    document.title = `${t('meetings.heading')} – ${t('app.name')}`;
  }, [t]);

  return (
    <main className="meetings-page" id="main" tabIndex={-1}>
      <h1>{t('meetings.heading')}</h1>
      {load.status === 'loading' && <p role="status">{t('app.loading')}</p>}
      {load.status === 'error' && (
        <div role="alert" className="meetings-error">
          <p>{t(errorTextKey(load.error))}</p>
          <button type="button" className="button" onClick={() => void reload()}>
            {t('app.retry')}
          </button>
        </div>
      )}
      {load.status === 'ready' &&
        groupMeetingsByBody(me.memberships, load.meetings).map((group) => (
          <BodyMeetingsSection key={group.bodyId} group={group} />
        ))}
      {load.status === 'ready' && me.memberships.length === 0 && load.meetings.length === 0 && (
        <p>{t('meetings.noBodies')}</p>
      )}
    </main>
  );
}
