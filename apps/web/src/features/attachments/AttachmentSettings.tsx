import { useTranslation } from 'react-i18next';
import { updateAgendaItem } from '@anteckna/doc-schema';
import type { AgendaItem, StoredAttachment } from '@anteckna/doc-schema';
import { useMeetingView } from '../meetings/meetingView.ts';

type Flag = 'internal' | 'joinsPrevious';

/** The stored form of an item's attachments: numbers and labels are derived, never written. */
function storedAttachments(item: AgendaItem): StoredAttachment[] {
  return item.attachments.map(({ number: _number, label: _label, ...stored }) => stored);
}

/**
 * The secretary's settings for an item's attachments, in the item's tools: "intern" leaves the
 * file out of the public rendering (personal data, confidentiality), "samma nummer som
 * föregående" letters a group of files under one number (Bilaga 18a–18f, SPEC rule A8).
 */
export function AttachmentSettings({ item }: { item: AgendaItem }) {
  const { t } = useTranslation();
  const view = useMeetingView();
  if (item.attachments.length === 0) return null;

  const set = (id: string, flag: Flag, value: boolean) =>
    view.write((doc) =>
      updateAgendaItem(doc, item.id, {
        attachments: storedAttachments(item).map((attachment) =>
          attachment.id === id ? { ...attachment, [flag]: value } : attachment,
        ),
      }),
    );

  return (
    <fieldset className="attachment-settings">
      <legend>{t('attachments.settings.legend')}</legend>
      <ul>
        {item.attachments.map((attachment, index) => (
          <li key={attachment.id}>
            <span className="attachment-settings-name">
              <strong>{t('minutes.attachment', { number: attachment.number })}</strong>{' '}
              {attachment.fileName}
            </span>
            <label className="checkbox">
              <input
                type="checkbox"
                checked={attachment.internal}
                onChange={(event) => set(attachment.id, 'internal', event.target.checked)}
              />
              {t('attachments.settings.internal')}
              <span className="visually-hidden">: {attachment.fileName}</span>
            </label>
            {index > 0 && (
              <label className="checkbox">
                <input
                  type="checkbox"
                  checked={attachment.joinsPrevious === true}
                  onChange={(event) => set(attachment.id, 'joinsPrevious', event.target.checked)}
                />
                {t('attachments.settings.joinsPrevious')}
                <span className="visually-hidden">: {attachment.fileName}</span>
              </label>
            )}
          </li>
        ))}
      </ul>
    </fieldset>
  );
}
