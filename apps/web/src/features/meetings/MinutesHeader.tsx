import { useTranslation } from 'react-i18next';
import type { MeetingHeader } from '@anteckna/doc-schema';
import { currentLanguage } from '../../i18n/i18n.ts';
import { formatDate, formatTimeRange } from '../../i18n/formatDate.ts';
import { secondSessionLine } from '../meetingHeader/secondSessionText.ts';
import './minutesHeader.css';

/**
 * The head of the minutes as the PDF prints it: the issuing organisation's lines, the word
 * "Minnesanteckningar", Datum and Dnr; then the meeting block with body, date, time and place.
 */
export function MinutesHeader({ meeting }: { meeting: MeetingHeader }) {
  const { t } = useTranslation();
  const language = currentLanguage();
  const time = formatTimeRange(meeting.startTime, meeting.endTime, language);
  const second = secondSessionLine(meeting, language, t);
  const secondRow = second && (
    <div className="minutes-second-session">
      <dt>{second.label}:</dt>
      <dd>{second.text}</dd>
    </div>
  );
  return (
    <header className="minutes-header">
      <div className="minutes-letterhead">
        <div className="minutes-organisation">
          {meeting.organisationLines.map((line, index) => (
            <p key={`${index}-${line}`}>{line}</p>
          ))}
        </div>
        <div className="minutes-docmeta">
          {/* The document kind heads the column but is no term: it stays outside the <dl>. */}
          <p className="minutes-doctype">
            {/* Minutes with a signature block are a protocol (SPEC rule S1), as the exports say. */}
            {t(meeting.signatures ? 'minutes.documentKindProtocol' : 'minutes.documentKind')}
          </p>
          {(meeting.documentDate || meeting.registryNumber) && (
            <dl>
              {meeting.documentDate && (
                <div>
                  <dt>{t('minutes.documentDate')}:</dt> <dd>{meeting.documentDate}</dd>
                </div>
              )}
              {meeting.registryNumber && (
                <div>
                  <dt>{t('minutes.dnr')}:</dt> <dd>{meeting.registryNumber}</dd>
                </div>
              )}
            </dl>
          )}
        </div>
      </div>
      <p className="minutes-body">
        {meeting.bodyName}
        {meeting.bodyShortName && `, (${meeting.bodyShortName})`}
      </p>
      <h1 className="minutes-title">{meeting.title}</h1>
      <dl className="minutes-meeting-block">
        <div>
          <dt>{t('minutes.date')}:</dt>
          <dd>
            <time dateTime={meeting.date}>{formatDate(meeting.date, language)}</time>
          </dd>
        </div>
        {/* A förmöte comes before the meeting's own time, a second day after its place. */}
        {second?.before && secondRow}
        {time && (
          <div>
            <dt>{t('minutes.time')}:</dt>
            <dd>{t('minutes.timeValue', { time })}</dd>
          </div>
        )}
        {meeting.place && (
          <div>
            <dt>{t('minutes.place')}:</dt>
            <dd>{meeting.place}</dd>
          </div>
        )}
        {second && !second.before && secondRow}
      </dl>
    </header>
  );
}
