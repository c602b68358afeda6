import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { attendanceWords } from '../attendance/attendanceWords.ts';
import type { AttendanceChange, HeaderChange } from '@anteckna/contract';

/** The meeting header's fields that differ: "Plats: Sal A → Sal B", the old value struck. */
export function HeaderChanges({ changes }: { changes: readonly HeaderChange[] }) {
  const { t } = useTranslation();
  const headingId = useId();
  return (
    <section className="diff-item diff-section" aria-labelledby={headingId}>
      <h2 className="diff-item-title" id={headingId}>
        {t('history.headerHeading')}
      </h2>
      {changes.length === 0 ? (
        <p className="diff-none">{t('history.noHeaderChanges')}</p>
      ) : (
        <dl className="diff-pairs">
          {changes.map((change) => (
            <div key={change.field}>
              <dt>{t(`history.headerField.${change.field}`)}</dt>
              <dd>
                <Change before={change.before} after={change.after} />
              </dd>
            </div>
          ))}
        </dl>
      )}
    </section>
  );
}

/** Who was added, removed or marked otherwise, with how they attended before and after. */
export function AttendanceChanges({ changes }: { changes: readonly AttendanceChange[] }) {
  const { t } = useTranslation();
  const headingId = useId();
  return (
    <section className="diff-item diff-section" aria-labelledby={headingId}>
      <h2 className="diff-item-title" id={headingId}>
        {t('history.attendanceHeading')}
      </h2>
      {changes.length === 0 ? (
        <p className="diff-none">{t('history.noAttendanceChanges')}</p>
      ) : (
        <dl className="diff-pairs">
          {changes.map((change) => (
            <div key={change.personId}>
              <dt>
                {change.name}
                {change.organisation && `, ${change.organisation}`}{' '}
                <span className="diff-status">
                  {t(`history.attendanceChange.${change.change}`)}
                </span>
              </dt>
              <dd>
                <Change
                  before={change.before ? attendanceWords(t, change.before) : ''}
                  after={change.after ? attendanceWords(t, change.after) : ''}
                />
              </dd>
            </div>
          ))}
        </dl>
      )}
    </section>
  );
}

function Change({ before, after }: { before: string; after: string }) {
  const { t } = useTranslation();
  return (
    <>
      {before && (
        <del className="diff-deleted">
          <span className="visually-hidden">{t('history.diff.deletedStart')} </span>
          {before}
          <span className="visually-hidden"> {t('history.diff.deletedEnd')}</span>
        </del>
      )}
      {before && after && <span aria-hidden="true"> → </span>}
      {after && (
        <ins className="diff-inserted">
          <span className="visually-hidden">{t('history.diff.insertedStart')} </span>
          {after}
          <span className="visually-hidden"> {t('history.diff.insertedEnd')}</span>
        </ins>
      )}
    </>
  );
}
