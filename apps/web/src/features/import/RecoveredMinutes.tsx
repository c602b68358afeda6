import { useTranslation } from 'react-i18next';
import type { MinutesModel } from '@anteckna/doc-schema';
import { plainText } from '@anteckna/doc-schema';

/** The minutes as the import recovered them: header, attendance, items with their parts. */
export function RecoveredMinutes({ minutes }: { minutes: MinutesModel }) {
  const { t } = useTranslation();
  const meeting = minutes.meeting;
  const people = minutes.attendance.flatMap((group) => group.people);
  const present = people.filter((person) => person.status !== 'absent').length;
  return (
    <div className="import-recovered">
      <dl className="import-header">
        <dt>{t('importMinutes.recovered.body')}</dt>
        <dd>
          {meeting.bodyName}
          {meeting.bodyShortName && ` (${meeting.bodyShortName})`}
        </dd>
        <dt>{t('importMinutes.recovered.date')}</dt>
        <dd>{meeting.date}</dd>
        <dt>{t('importMinutes.recovered.time')}</dt>
        <dd>{[meeting.startTime, meeting.endTime].filter(Boolean).join('–') || '–'}</dd>
        <dt>{t('importMinutes.recovered.place')}</dt>
        <dd>{meeting.place || '–'}</dd>
        <dt>{t('importMinutes.recovered.registry')}</dt>
        <dd>{meeting.registryNumber || '–'}</dd>
        <dt>{t('importMinutes.recovered.attendance')}</dt>
        <dd>{t('importMinutes.recovered.attendanceCount', { present, total: people.length })}</dd>
      </dl>
      <ol className="import-items">
        {minutes.items.map((item) => (
          <li
            key={item.id}
            className={item.depth === 1 ? 'import-item import-sub-item' : 'import-item'}
          >
            <p className="import-item-title">
              <span className="import-item-number">{item.number}</span>{' '}
              <span className="import-kind">{t(`importMinutes.kinds.${item.kind}`)}</span>{' '}
              {item.title}
              {item.status !== 'active' && (
                <span className="import-status"> {t(`importMinutes.status.${item.status}`)}</span>
              )}
            </p>
            {item.presenters.length > 0 && (
              <p className="import-item-presenters">
                {t('importMinutes.recovered.presenters')}{' '}
                {item.presenters
                  .map((person) =>
                    [person.name, person.title, person.organisation].filter(Boolean).join(', '),
                  )
                  .join('; ')}
              </p>
            )}
            {item.body.length > 0 && (
              <p className="import-item-body">
                {t('importMinutes.recovered.paragraphs', { count: item.body.length })}
                {item.body[0]?.type === 'paragraph' &&
                  `: ${plainText(item.body[0].runs).slice(0, 120)}…`}
              </p>
            )}
            {item.proposal.length > 0 && (
              <p className="import-item-body">{t('importMinutes.recovered.proposal')}</p>
            )}
            {item.decision.length > 0 && (
              <ul className="import-decision">
                {item.decision.map((clause, index) => (
                  <li key={index}>
                    <span className="import-clause-type">
                      {t(`importMinutes.clauses.${clause.type}`)}
                    </span>{' '}
                    att {clause.text}
                    {clause.target && ` (${clause.target})`}
                  </li>
                ))}
              </ul>
            )}
            {item.attachments.length > 0 && (
              <p className="import-item-attachments">
                {item.attachments.map((attachment) => attachment.label).join(', ')}{' '}
                {t('importMinutes.recovered.notUploaded')}
              </p>
            )}
          </li>
        ))}
      </ol>
    </div>
  );
}
