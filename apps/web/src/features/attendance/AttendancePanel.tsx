import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { isUnmarked, updateAttendance } from '@anteckna/doc-schema';
import type {
  AgendaItem,
  AttendancePatch,
  AttendanceEntry,
  AttendanceStatus,
} from '@anteckna/doc-schema';
import { useMeetingView } from '../meetings/meetingView.ts';
import { MarkAttendanceForm } from './MarkAttendanceForm.tsx';
import { attendanceWords } from './attendanceWords.ts';
import './attendance.css';

const STATUSES: readonly AttendanceStatus[] = ['called', 'present', 'absent', 'acting'];

/**
 * Närvarande, by organisation. Everyone starts called ("Kallade"): the secretary marks each
 * person present, absent or acting, in the room or remote, and for part of the meeting by item.
 */
export function AttendancePanel() {
  const { t } = useTranslation();
  const view = useMeetingView();
  const headingId = useId();
  const canWrite = view.accessOf('attendance').editable;
  const groups = view.model.attendance.filter((group) => group.people.length > 0);
  const people = groups.flatMap((group) => group.people).filter((person) => !person.vacant);
  const unmarked = people.filter(isUnmarked).length;
  const nobodyMarked = people.length > 0 && unmarked === people.length;
  return (
    <section className="attendance-panel" aria-labelledby={headingId}>
      <h2 id={headingId}>
        {nobodyMarked ? t('attendance.calledHeading') : t('attendance.heading')}
      </h2>
      {nobodyMarked ? (
        <p className="attendance-unmarked">
          {canWrite ? t('attendance.nobodyMarked') : t('attendance.nobodyMarkedYet')}
        </p>
      ) : (
        unmarked > 0 && (
          <p className="attendance-unmarked">
            {t('attendance.unmarkedCount', { count: unmarked })}
          </p>
        )
      )}
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
  const items = view.model.items;
  const numberOf = (itemId: string | undefined) => items.find((item) => item.id === itemId)?.number;
  // Each choice changes the entry as the document holds it when the choice is written (SPEC
  // rule P7): choices made one right after the other must not put back each other's old values.
  const update = (patch: AttendancePatch) =>
    view.write((doc) => updateAttendance(doc, person.personId, patch));
  const details = [person.title, person.role].filter(Boolean).join(', ');
  const attends = person.status === 'present' || person.status === 'acting';
  const words = attendanceWords(t, {
    ...person,
    fromItem: numberOf(person.fromItem),
    untilItem: numberOf(person.untilItem),
  });
  return (
    <li className="attendance-row" data-status={person.status} data-vacant={person.vacant === true}>
      <span className="attendance-name">
        <span className="attendance-person">
          {person.vacant ? t('attendance.vacant') : person.name}
          {person.status === 'acting' && <span> ({t('attendance.actingShort')})</span>}
        </span>
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
            disabled={!attends}
            onChange={(event) => {
              const where = event.target.value;
              update({ where: where === 'room' || where === 'remote' ? where : undefined });
            }}
          >
            <option value="">{t('attendance.where.unknown')}</option>
            <option value="room">{t('attendance.where.room')}</option>
            <option value="remote">{t('attendance.where.remote')}</option>
          </select>
          {attends && items.length > 0 && (
            <span className="attendance-part" role="group" aria-label={t('attendance.partLabel')}>
              <ItemSelect
                visible={t('attendance.from')}
                label={t('attendance.fromOf', { name: person.name })}
                items={items}
                value={person.fromItem}
                onChange={(fromItem) => update({ fromItem })}
              />
              <ItemSelect
                visible={t('attendance.until')}
                label={t('attendance.untilOf', { name: person.name })}
                items={items}
                value={person.untilItem}
                onChange={(untilItem) => update({ untilItem })}
              />
            </span>
          )}
        </span>
      ) : null}
      {/* The state in words for everyone: strike-through alone says nothing to a screen reader. */}
      <span className="attendance-state">{words}</span>
    </li>
  );
}

function ItemSelect({
  visible,
  label,
  items,
  value,
  onChange,
}: {
  /** The short word shown beside it; the accessible name (`label`) says it in full. */
  visible: string;
  label: string;
  items: readonly AgendaItem[];
  value: string | undefined;
  onChange: (itemId: string | undefined) => void;
}) {
  const { t } = useTranslation();
  return (
    <label className="attendance-item-select">
      <span aria-hidden="true">{visible}</span>
      <select
        aria-label={label}
        value={value ?? ''}
        onChange={(event) => onChange(event.target.value || undefined)}
      >
        <option value="">{t('attendance.wholeMeeting')}</option>
        {items.map((item) => (
          <option key={item.id} value={item.id}>
            {item.number}
          </option>
        ))}
      </select>
    </label>
  );
}
