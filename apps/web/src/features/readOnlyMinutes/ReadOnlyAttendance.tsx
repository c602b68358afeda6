import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { AttendanceEntry, MinutesModel } from '@anteckna/doc-schema';

/** "Närvarande" by organisation, absent people struck through as the reference minutes do. */
export function ReadOnlyAttendance({ minutes }: { minutes: MinutesModel }) {
  const { t } = useTranslation();
  const headingId = useId();
  const groups = minutes.attendance.filter((group) => group.people.length > 0);
  if (groups.length === 0 && minutes.notRepresented.length === 0) return null;
  return (
    <section className="ro-attendance" aria-labelledby={headingId}>
      <h2 id={headingId}>{t('attendance.heading')}</h2>
      <dl>
        {groups.map((group) => (
          <div key={group.organisation} className="ro-attendance-row">
            <dt>{group.organisation || t('attendance.noOrganisation')}</dt>
            <dd>
              {group.people.map((person, index) => (
                <span key={person.personId}>
                  {index > 0 && '; '}
                  <AttendeeName person={person} />
                </span>
              ))}
            </dd>
          </div>
        ))}
      </dl>
      {minutes.notRepresented.length > 0 && (
        <p className="ro-not-represented">
          <strong>{t('attendance.notRepresented')}:</strong> {minutes.notRepresented.join(', ')}
        </p>
      )}
    </section>
  );
}

function AttendeeName({ person }: { person: AttendanceEntry }) {
  const { t } = useTranslation();
  if (person.vacant) return <>{t('attendance.vacant')}</>;
  const text = [
    person.status === 'acting' ? `${t('attendance.actingShort')} ${person.name}` : person.name,
    person.title,
    person.role,
  ]
    .filter(Boolean)
    .join(', ');
  if (person.status !== 'absent') return <>{text}</>;
  return (
    <s>
      {text}
      <span className="visually-hidden"> ({t('attendance.status.absent')})</span>
    </s>
  );
}
