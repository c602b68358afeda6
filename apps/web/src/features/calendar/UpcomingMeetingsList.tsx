import { useTranslation } from 'react-i18next';
import type { UpcomingMeeting } from '@anteckna/doc-schema';
import { currentLanguage } from '../../i18n/i18n.ts';
import { formatDate, formatTimeRange } from '../../i18n/formatDate.ts';
import './upcomingMeetings.css';

/**
 * The calendar section of the minutes (doc-schema SPEC M8): the body's planned meetings as the
 * document holds them, written there by the server, so nobody retypes the dates.
 */
export function UpcomingMeetingsList({ meetings }: { meetings: readonly UpcomingMeeting[] }) {
  const { t } = useTranslation();
  const language = currentLanguage();
  if (meetings.length === 0) return <p className="upcoming-none">{t('calendar.noUpcoming')}</p>;
  return (
    <ul className="upcoming-meetings" aria-label={t('calendar.upcomingLabel')}>
      {meetings.map((meeting) => {
        const time = formatTimeRange(meeting.startTime, meeting.endTime, language);
        const place = meeting.place || (meeting.mode === 'digital' ? t('calendar.digital') : '');
        return (
          <li key={`${meeting.date}-${meeting.startTime}`}>
            <time dateTime={meeting.date}>{formatDate(meeting.date, language)}</time>
            {time && `, ${t('calendar.timeInList', { time })}`}
            {place && `, ${place}`}
          </li>
        );
      })}
    </ul>
  );
}
