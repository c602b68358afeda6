import { useEffect, useId } from 'react';
import { useTranslation } from 'react-i18next';
import { meetingDetailEndpoint, snapshotListEndpoint } from '@anteckna/contract';
import { errorTextKey } from '../../app/errorText.ts';
import { routeHref } from '../../app/route.ts';
import type { Route } from '../../app/route.ts';
import { useApiResource } from '../../app/useApiResource.ts';
import { currentLanguage } from '../../i18n/i18n.ts';
import { formatDate } from '../../i18n/formatDate.ts';
import { CompareForm } from './CompareForm.tsx';
import { CompareView } from './CompareView.tsx';
import { SnapshotList } from './SnapshotList.tsx';
import { VersionView } from './VersionView.tsx';
import './history.css';

export type HistoryRoute = Extract<Route, { name: 'versions' } | { name: 'compare' }>;

/**
 * The version history of one meeting: a version read-only, or two compared item by item, with
 * the list of versions beside it. Reads only; the live document is not opened here.
 */
export function HistoryPage({ route }: { route: HistoryRoute }) {
  const { t } = useTranslation();
  const language = currentLanguage();
  const asideHeadingId = useId();
  const params = { id: route.meetingId };
  const detail = useApiResource(meetingDetailEndpoint, { params });
  const snapshots = useApiResource(snapshotListEndpoint, { params });
  const meeting = detail.load.status === 'ready' ? detail.load.data.meeting : null;
  const list = snapshots.load.status === 'ready' ? snapshots.load.data.snapshots : null;

  useEffect(() => {
    if (meeting) document.title = `${t('history.heading')}: ${meeting.title} – ${t('app.name')}`;
  }, [meeting, t]);

  if (detail.load.status === 'error') {
    return (
      <main className="page-message" id="main" tabIndex={-1}>
        <h1>{t('meeting.loadFailed')}</h1>
        <p role="alert">{t(errorTextKey(detail.load.error))}</p>
        <p>
          <a href={routeHref({ name: 'meetings' })}>{t('meetings.backToList')}</a>
        </p>
      </main>
    );
  }

  return (
    <main className="history-page" id="main" tabIndex={-1}>
      <div className="history-topbar">
        <a href={routeHref({ name: 'meeting', meetingId: route.meetingId, itemId: null })}>
          <span aria-hidden="true">← </span>
          {t('history.backToMeeting')}
        </a>
        {meeting && (
          <span className="history-topbar-meeting">
            {meeting.bodyShortName || meeting.bodyName} · {meeting.title} ·{' '}
            {formatDate(meeting.date, language)}
          </span>
        )}
      </div>
      <div className="history-layout">
        <div className="history-content">
          {route.name === 'compare' ? (
            <CompareView
              key={`${route.from}/${route.to}`}
              meetingId={route.meetingId}
              from={route.from}
              to={route.to}
              snapshots={list ?? []}
            />
          ) : route.snapshotId ? (
            <VersionView
              key={route.snapshotId}
              meetingId={route.meetingId}
              snapshotId={route.snapshotId}
            />
          ) : (
            <>
              <h1 className="history-title">{t('history.heading')}</h1>
              <p>{t('history.choose')}</p>
            </>
          )}
        </div>
        <aside className="history-aside" aria-labelledby={asideHeadingId}>
          <h2 id={asideHeadingId}>{t('history.heading')}</h2>
          {snapshots.load.status === 'error' && (
            <p className="form-error">{t('history.loadFailed')}</p>
          )}
          {list && (
            <>
              <SnapshotList
                meetingId={route.meetingId}
                snapshots={list}
                openId={route.name === 'versions' ? route.snapshotId : null}
              />
              <CompareForm
                key={route.name === 'compare' ? `${route.from}/${route.to}` : 'new'}
                meetingId={route.meetingId}
                snapshots={list}
                from={route.name === 'compare' ? route.from : undefined}
                to={route.name === 'compare' ? route.to : undefined}
              />
            </>
          )}
        </aside>
      </div>
    </main>
  );
}
