import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { MeetingSummary } from '@anteckna/contract';
import { routeHref } from '../../app/route.ts';
import { currentLanguage } from '../../i18n/i18n.ts';
import { formatDate, formatTimeRange } from '../../i18n/formatDate.ts';
import { CreateMeetingForm } from './CreateMeetingForm.tsx';
import type { BodyMeetings } from './meetingGroups.ts';
import { PhaseBadge } from './PhaseBadge.tsx';

export function BodyMeetingsSection({ group }: { group: BodyMeetings }) {
  const { t } = useTranslation();
  const headingId = useId();
  const [creating, setCreating] = useState(false);
  return (
    <section className="body-meetings" aria-labelledby={headingId}>
      <div className="body-meetings-head">
        <h2 id={headingId}>
          {group.bodyName}
          {group.bodyShortName && <span className="body-short"> ({group.bodyShortName})</span>}
        </h2>
        {group.role && <span className="body-role">{t(`role.${group.role}`)}</span>}
        {group.role === 'secretary' && !creating && (
          <button type="button" className="button" onClick={() => setCreating(true)}>
            {t('meetings.create.open')}
          </button>
        )}
      </div>
      <p className="body-meetings-links">
        {group.role && (
          <a href={routeHref({ name: 'body', bodyId: group.bodyId })}>
            {group.role === 'secretary' ? t('bodies.manageLink') : t('bodies.viewLink')}
          </a>
        )}
        {group.role && (
          <a href={routeHref({ name: 'decisions', bodyId: group.bodyId })}>{t('registers.link')}</a>
        )}
        {group.role && (
          <a href={routeHref({ name: 'tasks', bodyId: group.bodyId })}>
            {t('registers.tasks.link')}
          </a>
        )}
        {group.role && (
          <a href={routeHref({ name: 'roles', bodyId: group.bodyId })}>
            {t('registers.roles.link')}
          </a>
        )}
        <a href={routeHref({ name: 'publicBody', bodyId: group.bodyId })}>
          {t('bodies.publicLink')}
        </a>
      </p>
      {creating && <CreateMeetingForm bodyId={group.bodyId} onCancel={() => setCreating(false)} />}
      <MeetingList
        heading={t('meetings.coming')}
        empty={t('meetings.noneComing')}
        meetings={group.coming}
      />
      <MeetingList
        heading={t('meetings.awaitingApproval')}
        empty={t('meetings.noneAwaiting')}
        meetings={group.awaitingApproval}
      />
      <MeetingList
        heading={t('meetings.locked')}
        empty={t('meetings.noneLocked')}
        meetings={group.locked}
      />
    </section>
  );
}

function MeetingList({
  heading,
  empty,
  meetings,
}: {
  heading: string;
  empty: string;
  meetings: MeetingSummary[];
}) {
  const { t } = useTranslation();
  const language = currentLanguage();
  const headingId = useId();
  return (
    <section className="meeting-list" aria-labelledby={headingId}>
      <h3 id={headingId}>{heading}</h3>
      {meetings.length === 0 ? (
        <p className="meeting-list-empty">{empty}</p>
      ) : (
        <ul>
          {meetings.map((meeting) => (
            <li key={meeting.id} className="meeting-row">
              <a href={routeHref({ name: 'meeting', meetingId: meeting.id, itemId: null })}>
                <time className="meeting-date" dateTime={meeting.date}>
                  {formatDate(meeting.date, language)}
                </time>{' '}
                <span className="meeting-title">{meeting.title}</span>
              </a>
              <span className="meeting-when">
                {meeting.startTime
                  ? formatTimeRange(meeting.startTime, meeting.endTime, language)
                  : ''}
              </span>
              <span className="meeting-dnr">
                {meeting.registryNumber ? `${t('minutes.dnr')} ${meeting.registryNumber}` : ''}
              </span>
              <PhaseBadge phase={meeting.phase} />
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
