import { useTranslation } from 'react-i18next';
import { CURRENT, snapshotEndpoint } from '@anteckna/contract';
import { isPhase } from '@anteckna/domain';
import { errorTextKey } from '../../app/errorText.ts';
import { routeHref } from '../../app/route.ts';
import { useApiResource } from '../../app/useApiResource.ts';
import { attachmentHref } from '../attachments/AttachmentChips.tsx';
import { PhaseBadge } from '../meetings/PhaseBadge.tsx';
import { ReadOnlyMinutes } from '../readOnlyMinutes/ReadOnlyMinutes.tsx';
import { SnapshotTime } from './SnapshotTime.tsx';

/** One version of the minutes, read-only, laid out as the minutes print; nothing here writes. */
export function VersionView({ meetingId, snapshotId }: { meetingId: string; snapshotId: string }) {
  const { t } = useTranslation();
  const version = useApiResource(snapshotEndpoint, { params: { id: meetingId, snapshotId } });

  if (version.load.status === 'loading') return <p role="status">{t('app.loading')}</p>;
  if (version.load.status === 'error') {
    return (
      <>
        <h1 className="history-title">{t('history.versionMissing')}</h1>
        <p role="alert">{t(errorTextKey(version.load.error))}</p>
      </>
    );
  }
  const { snapshot, minutes } = version.load.data;
  return (
    <>
      <div className="version-banner">
        <p className="version-banner-title">
          <strong>{t('history.readOnlyVersion')}</strong> {snapshot.label}{' '}
          {isPhase(snapshot.phase) && <PhaseBadge phase={snapshot.phase} />}
        </p>
        <p className="version-banner-meta">
          {t('history.takenBy', { name: snapshot.createdByName ?? t('history.bySystem') })}{' '}
          <SnapshotTime iso={snapshot.createdAt} />
          {snapshot.circulated && (
            <>
              {' · '}
              <span className="snapshot-tag">{t('history.circulated')}</span>{' '}
              {t('history.keptForever')}
            </>
          )}
        </p>
        <p className="version-banner-actions">
          <a href={routeHref({ name: 'compare', meetingId, from: snapshot.id, to: CURRENT })}>
            {t('history.compareWithCurrent')}
          </a>
        </p>
      </div>
      <article
        className="version-paper"
        aria-label={t('history.versionLabel', { label: snapshot.label })}
      >
        <ReadOnlyMinutes
          minutes={minutes}
          attachmentHref={(attachmentId) => attachmentHref(meetingId, attachmentId)}
        />
      </article>
    </>
  );
}
