import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { setAttendance } from '@anteckna/doc-schema';
import type { AttendanceEntry, AttendanceStatus } from '@anteckna/doc-schema';
import { useMeetingView } from '../meetings/meetingView.ts';
import { MarkAttendanceForm } from './MarkAttendanceForm.tsx';
import './attendance.css';

const STATUSES: readonly AttendanceStatus[] = ['present', 'absent', 'acting'];

/** Närvarande, by organisation, absent people struck through; the secretary marks it here. */
export function AttendancePanel() {
  const { t } = useTranslation();
  const view = useMeetingView();
  const headingId = useId();
  const canWrite = view.accessOf('attendance').editable;
  const groups = view.model.attendance.filter((group) => group.people.length > 0);
  return (
    <section className="attendance-panel" aria-labelledby={headingId}>
      <h2 id={headingId}>{t('attendance.heading')}</h2>
      {canWrite && <MarkAttendanceForm />}
      {groups.length === 0 && <p className="panel-empty">{t('attendance.none')}</p>}
      {groups.map((group) => (
        <div key={group.organisation || '-'} className="attendance-group">
          <h3>{group.organisation || t('attendance.noOrganisation')}</h3>
          <ul>
            {group.people.map((person) => (
              <AttendanceRow key={person.personId} person={person} canWrite={canWrite} />
            ))}
          </ul>
        </div>
      ))}
      {view.model.notRepresented.length > 0 && (
        <p className="attendance-not-represented">
          <strong>{t('attendance.notRepresented')}:</strong> {view.model.notRepresented.join(', ')}
        </p>
      )}
    </section>
  );
}

function AttendanceRow({ person, canWrite }: { person: AttendanceEntry; canWrite: boolean }) {
  const { t } = useTranslation();
  const view = useMeetingView();
  const update = (patch: Partial<AttendanceEntry>) => {
    const { personId, ...current } = { ...person, ...patch };
    if (current.status !== 'acting') delete current.actingFor;
    if (current.where === undefined) delete current.where;
    view.write((doc) => setAttendance(doc, personId, current));
  };
  const details = [person.title, person.role].filter(Boolean).join(', ');
  return (
    <li className="attendance-row" data-status={person.status} data-vacant={person.vacant === true}>
      <span className="attendance-name">
        {person.vacant ? t('attendance.vacant') : person.name}
        {person.status === 'acting' && <span> ({t('attendance.actingShort')})</span>}
        {person.status === 'absent' && (
          <span className="visually-hidden"> ({t('attendance.status.absent')})</span>
        )}
        {details && <span className="attendance-details">{details}</span>}
      </span>
      {canWrite && !person.vacant ? (
        <span className="attendance-controls">
          <select
            aria-label={t('attendance.statusOf', { name: person.name })}
            value={person.status}
            onChange={(event) => update({ status: event.target.value as AttendanceStatus })}
          >
            {STATUSES.map((status) => (
              <option key={status} value={status}>
                {t(`attendance.status.${status}`)}
              </option>
            ))}
          </select>
          <select
            aria-label={t('attendance.whereOf', { name: person.name })}
            value={person.where ?? ''}
            onChange={(event) => {
              const where = event.target.value;
              update({ where: where === 'room' || where === 'remote' ? where : undefined });
            }}
          >
            <option value="">{t('attendance.where.unknown')}</option>
            <option value="room">{t('attendance.where.room')}</option>
            <option value="remote">{t('attendance.where.remote')}</option>
          </select>
        </span>
      ) : (
        person.where &&
        person.status !== 'absent' && (
          <span className="attendance-where">{t(`attendance.where.${person.where}`)}</span>
        )
      )}
    </li>
  );
}
