import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { compareEndpoint, CURRENT, type ItemDiff, type Snapshot } from '@anteckna/contract';
import { errorTextKey } from '../../app/errorText.ts';
import { useApiResource } from '../../app/useApiResource.ts';
import {
  compareCounts,
  compareRows,
  diffNumberLabel,
  fieldChanged,
  numberRange,
} from './compareView.ts';
import type { CompareRow } from './compareView.ts';
import { DiffText } from './DiffText.tsx';
import { AttendanceChanges, HeaderChanges } from './CompareSections.tsx';
import { SnapshotTime } from './SnapshotTime.tsx';

/** Two versions item by item: what each item's fields gained and lost, unchanged items folded. */
export function CompareView({
  meetingId,
  from,
  to,
  snapshots,
}: {
  meetingId: string;
  from: string;
  to: string;
  snapshots: readonly Snapshot[];
}) {
  const { t } = useTranslation();
  const comparison = useApiResource(compareEndpoint, {
    params: { id: meetingId },
    query: { from, to },
  });
  const data = comparison.load.status === 'ready' ? comparison.load.data : null;
  const items = data?.items ?? null;
  const counts = items ? compareCounts(items) : null;

  return (
    <div className="compare-view">
      <h1 className="history-title">{t('history.compareTitle')}</h1>
      <p className="compare-range">
        {t('history.from')} <VersionName id={from} snapshots={snapshots} /> {t('history.toLower')}{' '}
        <VersionName id={to} snapshots={snapshots} />
      </p>
      <p className="compare-legend">
        <span>{t('history.legend')}</span>{' '}
        <span className="diff-inserted diff-sample">{t('history.legendInserted')}</span>{' '}
        <span className="diff-deleted diff-sample">{t('history.legendDeleted')}</span>
      </p>
      {comparison.load.status === 'loading' && <p role="status">{t('app.loading')}</p>}
      {comparison.load.status === 'error' && (
        <p role="alert" className="form-error">
          {t(errorTextKey(comparison.load.error))}
        </p>
      )}
      {items && counts && (
        <>
          <p className="compare-counts">
            {counts.changed + counts.added + counts.removed === 0 &&
            data?.header.length === 0 &&
            data.attendance.length === 0
              ? t('history.noDifferences')
              : t('history.counts', counts)}
          </p>
          {data && <HeaderChanges changes={data.header} />}
          {data && <AttendanceChanges changes={data.attendance} />}
          {compareRows(items).map((row) => (
            <CompareRowView key={rowKey(row)} row={row} />
          ))}
        </>
      )}
    </div>
  );
}

function rowKey(row: CompareRow): string {
  return row.kind === 'item' ? row.item.itemId : `same-${row.items[0]?.itemId ?? ''}`;
}

function VersionName({ id, snapshots }: { id: string; snapshots: readonly Snapshot[] }) {
  const { t } = useTranslation();
  if (id === CURRENT) return <strong>{t('history.current')}</strong>;
  const snapshot = snapshots.find((candidate) => candidate.id === id);
  if (!snapshot) return <strong>{id}</strong>;
  return (
    <>
      <strong>{snapshot.label}</strong> (<SnapshotTime iso={snapshot.createdAt} />)
    </>
  );
}

function CompareRowView({ row }: { row: CompareRow }) {
  const { t } = useTranslation();
  if (row.kind === 'unchanged') {
    return (
      <details className="diff-unchanged">
        <summary>{t('history.unchangedItems', { range: numberRange(row.items) })}</summary>
        <ul>
          {row.items.map((item) => (
            <li key={item.itemId}>
              {diffNumberLabel(item.number)} {item.title || t('agenda.untitled')}
            </li>
          ))}
        </ul>
      </details>
    );
  }
  return <ItemDiffView item={row.item} />;
}

function ItemDiffView({ item }: { item: ItemDiff }) {
  const { t } = useTranslation();
  const headingId = useId();
  const fields = item.fields.filter((field) => fieldChanged(field.parts));
  return (
    <section className="diff-item" data-status={item.status} aria-labelledby={headingId}>
      <h2 className="diff-item-title" id={headingId}>
        <span className="diff-item-number">{diffNumberLabel(item.number)}</span>{' '}
        {item.title || t('agenda.untitled')}{' '}
        <span className="diff-status">{t(`history.status.${item.status}`)}</span>
        {item.movedFrom !== null && (
          <span className="diff-status diff-moved">
            {t('history.movedFrom', { number: item.movedFrom })}
          </span>
        )}
      </h2>
      {fields.map((field) => (
        <div className="diff-field" key={field.field}>
          <h3 className="diff-field-name">{t(`history.field.${field.field}`)}</h3>
          <p className="diff-text">
            <DiffText parts={field.parts} />
          </p>
        </div>
      ))}
    </section>
  );
}
