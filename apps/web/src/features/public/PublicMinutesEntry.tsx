import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { currentLanguage } from '../../i18n/i18n.ts';
import { formatDate } from '../../i18n/formatDate.ts';
import { endpointPath, publicMinutesFileEndpoint, type PublicMinutes } from '@anteckna/contract';
import { SealCheck } from './SealCheck.tsx';

/** One set of approved minutes: when, Dnr, the public renderings, what was left out, the seal. */
export function PublicMinutesEntry({ minutes }: { minutes: PublicMinutes }) {
  const { t } = useTranslation();
  const language = currentLanguage();
  const headingId = useId();
  const date = formatDate(minutes.date, language);
  const omittedItems = minutes.omitted?.items ?? [];
  const omittedAttachments = minutes.omitted?.attachments ?? [];
  return (
    <article className="public-minutes" aria-labelledby={headingId}>
      <h2 id={headingId}>
        <time dateTime={minutes.date}>{date}</time>
        <span className="public-minutes-title"> {minutes.title}</span>
      </h2>
      <p className="public-minutes-facts">
        {minutes.registryNumber && (
          <span>
            {t('minutes.dnr')} {minutes.registryNumber}
          </span>
        )}
        <span className="public-approved">
          {minutes.approvedByMeetingDate
            ? t('public.approvedAtMeeting', {
                date: formatDate(minutes.approvedByMeetingDate, language),
              })
            : t('public.approvedOn', { date: formatDate(minutes.approvedAt, language) })}
        </span>
      </p>
      <ul className="public-downloads" aria-label={t('public.downloadsOf', { date })}>
        <li>
          <a href={publicMinutesHref(minutes.id, 'html')}>{t('public.readHtml')}</a>
        </li>
        <li>
          <a href={publicMinutesHref(minutes.id, 'pdf')} download>
            {t('public.downloadPdf')}
          </a>
        </li>
        <li>
          <a href={publicMinutesHref(minutes.id, 'md')}>{t('public.downloadMd')}</a>
        </li>
      </ul>
      {(omittedItems.length > 0 || omittedAttachments.length > 0) && (
        <div className="public-omitted">
          {omittedItems.length > 0 && (
            <p>
              {omittedItems.length === 1
                ? t('public.omittedItem', { items: omittedItems[0] })
                : t('public.omittedItems', { items: omittedItems.join(', ') })}
            </p>
          )}
          {omittedAttachments.length > 0 && (
            <p>{t('public.omittedAttachments', { attachments: omittedAttachments.join(', ') })}</p>
          )}
        </div>
      )}
      <SealCheck meetingId={minutes.id} sha256={minutes.sha256} />
    </article>
  );
}

function publicMinutesHref(meetingId: string, format: 'html' | 'pdf' | 'md'): string {
  return endpointPath(publicMinutesFileEndpoint, { params: { id: meetingId, format } });
}
