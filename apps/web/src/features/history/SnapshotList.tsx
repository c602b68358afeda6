import { useTranslation } from 'react-i18next';
import { isPhase } from '@anteckna/domain';
import { routeHref } from '../../app/route.ts';
import { PhaseBadge } from '../meetings/PhaseBadge.tsx';
import type { Snapshot } from '@anteckna/contract';
import { SnapshotTime } from './SnapshotTime.tsx';

/**
 * The versions of one meeting, newest first: the phase each was taken in, who took it and when;
 * circulated versions are marked as kept for good. Each opens read-only.
 */
export function SnapshotList({
  meetingId,
  snapshots,
  openId = null,
}: {
  meetingId: string;
  snapshots: readonly Snapshot[];
  /** The version on screen now, marked as the current page. */
  openId?: string | null;
}) {
  const { t } = useTranslation();
  if (snapshots.length === 0) return <p className="snapshot-none">{t('history.none')}</p>;
  return (
    <ol className="snapshot-list">
      {snapshots.map((snapshot) => (
        <li
          key={snapshot.id}
          className="snapshot"
          data-circulated={snapshot.circulated}
          data-open={snapshot.id === openId}
        >
          <p className="snapshot-title">
            <a
              href={routeHref({ name: 'versions', meetingId, snapshotId: snapshot.id })}
              aria-current={snapshot.id === openId ? 'page' : undefined}
            >
              {snapshot.label}
              <span className="visually-hidden">
                , <SnapshotTime iso={snapshot.createdAt} />
              </span>
            </a>
            {isPhase(snapshot.phase) && <PhaseBadge phase={snapshot.phase} />}
          </p>
          <p className="snapshot-meta">
            {snapshot.createdByName ?? t('history.bySystem')} ·{' '}
            <SnapshotTime iso={snapshot.createdAt} />
          </p>
          {snapshot.circulated && (
            <p className="snapshot-kept">
              <span className="snapshot-tag">{t('history.circulated')}</span>{' '}
              {t('history.keptForever')}
            </p>
          )}
          {snapshot.acknowledgedWarnings && snapshot.acknowledgedWarnings.length > 0 && (
            <div className="snapshot-acknowledged">
              <p>{t('history.sentDespite')}</p>
              <ul>
                {snapshot.acknowledgedWarnings.map((warning, index) => (
                  <li key={`${warning.rule}-${index}`}>{warning.message}</li>
                ))}
              </ul>
            </div>
          )}
        </li>
      ))}
    </ol>
  );
}
