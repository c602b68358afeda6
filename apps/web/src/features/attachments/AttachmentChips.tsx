import { useTranslation } from 'react-i18next';
import { attachmentFileEndpoint, endpointPath } from '@anteckna/contract';
import type { AgendaItem } from '@anteckna/doc-schema';

export function attachmentHref(meetingId: string, attachmentId: string): string {
  return endpointPath(attachmentFileEndpoint, { params: { id: meetingId, attachmentId } });
}

/** "Bilaga 3 rapport.pdf": numbered through the meeting by the read model, each a download. */
export function AttachmentChips({ item, meetingId }: { item: AgendaItem; meetingId: string }) {
  const { t } = useTranslation();
  if (item.attachments.length === 0) return null;
  return (
    <ul
      className="item-attachments"
      aria-label={t('minutes.attachmentsOf', { number: item.number })}
    >
      {item.attachments.map((attachment) => (
        <li key={attachment.id}>
          <a
            className="attachment-chip"
            href={attachmentHref(meetingId, attachment.id)}
            title={t('attachments.download', { name: attachment.fileName })}
            download={attachment.fileName}
          >
            <span className="attachment-label">
              {t('minutes.attachment', { number: attachment.number })}
            </span>
            <span className="attachment-name">{attachment.fileName}</span>
            {attachment.internal && (
              <span className="attachment-internal">{t('attachments.internalTag')}</span>
            )}
          </a>
        </li>
      ))}
    </ul>
  );
}
