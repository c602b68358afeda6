import { useEffect, useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { routeHref } from '../../app/route.ts';
import { useApiResource } from '../../app/useApiResource.ts';
import { useMeetingView } from '../meetings/meetingView.ts';
import { CompareForm } from './CompareForm.tsx';
import { snapshotListEndpoint } from '@anteckna/contract';
import { SnapshotList } from './SnapshotList.tsx';
import { TakeSnapshotForm } from './TakeSnapshotForm.tsx';
import './history.css';

/**
 * "Versioner" in the meeting's side panel: the versions each phase move took (and the
 * secretary's own), to open read-only or compare; folds away when the panel is busy.
 */
export function HistoryPanel() {
  const { t } = useTranslation();
  const view = useMeetingView();
  const headingId = useId();
  const bodyId = useId();
  const [open, setOpen] = useState(true);
  const snapshots = useApiResource(snapshotListEndpoint, { params: { id: view.meetingId } });
  const { reload } = snapshots;

  // Every phase move takes a version: the list is read again when the phase changes.
  const shownPhase = useRef(view.phase);
  useEffect(() => {
    if (shownPhase.current === view.phase) return;
    shownPhase.current = view.phase;
    reload();
  }, [view.phase, reload]);

  const list = snapshots.load.status === 'ready' ? snapshots.load.data.snapshots : null;
  return (
    <section className="side-panel-section history-panel" aria-labelledby={headingId}>
      <h2 id={headingId} className="history-panel-heading">
        <button
          type="button"
          className="history-toggle"
          aria-expanded={open}
          aria-controls={bodyId}
          onClick={() => setOpen(!open)}
        >
          <span aria-hidden="true" className="history-toggle-mark">
            {open ? '▾' : '▸'}
          </span>
          {t('history.heading')}
          {list && <span className="history-count"> ({list.length})</span>}
        </button>
      </h2>
      <div id={bodyId} hidden={!open}>
        {snapshots.load.status === 'loading' && <p role="status">{t('app.loading')}</p>}
        {snapshots.load.status === 'error' && (
          <p className="form-error">{t('history.loadFailed')}</p>
        )}
        {list && (
          <>
            <SnapshotList meetingId={view.meetingId} snapshots={list} />
            <CompareForm meetingId={view.meetingId} snapshots={list} />
            {list.length > 0 && (
              <p className="history-all">
                <a
                  href={routeHref({
                    name: 'versions',
                    meetingId: view.meetingId,
                    snapshotId: null,
                  })}
                >
                  {t('history.openAll')}
                </a>
              </p>
            )}
          </>
        )}
        {view.isSecretary && view.phase !== 'locked' && (
          <TakeSnapshotForm
            meetingId={view.meetingId}
            onTaken={(snapshot) => {
              view.announce(t('history.take.taken', { label: snapshot.label }));
              reload();
            }}
          />
        )}
      </div>
    </section>
  );
}
