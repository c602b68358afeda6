import { useTranslation } from 'react-i18next';
import type { MinutesModel } from '@anteckna/doc-schema';
import { currentLanguage } from '../../i18n/i18n.ts';
import { formatDate } from '../../i18n/formatDate.ts';
import { MinutesHeader } from '../meetings/MinutesHeader.tsx';
import { ReadOnlyAttendance } from './ReadOnlyAttendance.tsx';
import { ReadOnlyItem } from './ReadOnlyItem.tsx';
import './readOnlyMinutes.css';

/**
 * A whole version of the minutes from the read model, laid out like the live document and the
 * PDF: letterhead, meeting block, attendance, then the items in order.
 */
export function ReadOnlyMinutes({
  minutes,
  attachmentHref,
}: {
  minutes: MinutesModel;
  attachmentHref?: (attachmentId: string) => string;
}) {
  const { t } = useTranslation();
  const language = currentLanguage();
  const bodyLabel = minutes.meeting.bodyShortName || minutes.meeting.bodyName;
  const parents = new Set(minutes.items.map((item) => item.parentId).filter(Boolean));
  return (
    <div className="ro-minutes">
      <MinutesHeader meeting={minutes.meeting} />
      {minutes.approval && (
        <p className="ro-approval">
          {t('approval.approvedAt', {
            date: formatDate(minutes.approval.approvedByMeetingDate, language),
          })}
          {minutes.approval.addendum && (
            <>
              {' '}
              <strong>{t('approval.addendum')}:</strong> {minutes.approval.addendum}
            </>
          )}
        </p>
      )}
      <ReadOnlyAttendance minutes={minutes} />
      {minutes.items.map((item) => (
        <ReadOnlyItem
          key={item.id}
          item={item}
          bodyLabel={bodyLabel}
          hasSubItems={parents.has(item.id)}
          attachmentHref={attachmentHref}
          upcomingMeetings={minutes.meeting.upcomingMeetings}
        />
      ))}
    </div>
  );
}
