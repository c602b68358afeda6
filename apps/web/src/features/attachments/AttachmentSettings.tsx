import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { updateAgendaItem } from '@anteckna/doc-schema';
import type { AgendaItem } from '@anteckna/doc-schema';
import { useMeetingSession } from '../meetings/meetingView.ts';

type Flag = 'internal' | 'joinsPrevious';

/**
 * The secretary's settings for an item's attachments, in the item's tools: "intern" leaves the
 * file out of the public rendering (personal data, confidentiality), "samma nummer som
 * föregående" letters a group of files under one number (Bilaga 18a–18f, SPEC rule A8).
 */
export function AttachmentSettings({ item }: { item: AgendaItem }) {
  const { t } = useTranslation();
  const view = useMeetingSession();
  // What was just clicked, until the document's read model shows it: a controlled checkbox
  // would otherwise spring back for the moment between the write and the re-read.
  const [clicked, setClicked] = useState<Record<string, boolean>>({});
  // Once the document shows a click, the document speaks again (also for others' later changes).
  useEffect(() => {
    setClicked((now) => {
      const left = Object.entries(now).filter(([key, value]) => {
        const [id, flag] = key.split(':') as [string, Flag];
        const attachment = item.attachments.find((a) => a.id === id);
        return attachment !== undefined && (attachment[flag] === true) !== value;
      });
      return left.length === Object.keys(now).length ? now : Object.fromEntries(left);
    });
  }, [item.attachments]);
  if (item.attachments.length === 0) return null;

  const shown = (id: string, flag: Flag, stored: boolean) => clicked[`${id}:${flag}`] ?? stored;
  const set = (id: string, flag: Flag, value: boolean) => {
    setClicked((now) => ({ ...now, [`${id}:${flag}`]: value }));
    // From the attachments as the document holds them, not as last rendered: two quick clicks
    // must not undo each other (SPEC rule W6).
    const written = view.write((doc) =>
      updateAgendaItem(doc, item.id, (current) => ({
        attachments: current.attachments.map((attachment) =>
          attachment.id === id ? { ...attachment, [flag]: value } : attachment,
        ),
      })),
    );
    if (!written) {
      setClicked((now) => {
        const { [`${id}:${flag}`]: _dropped, ...rest } = now;
        return rest;
      });
    }
  };

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
                checked={shown(attachment.id, 'internal', attachment.internal)}
                onChange={(event) => set(attachment.id, 'internal', event.target.checked)}
              />
              {t('attachments.settings.internal')}
              <span className="visually-hidden">: {attachment.fileName}</span>
            </label>
            {index > 0 && (
              <label className="checkbox">
                <input
                  type="checkbox"
                  checked={shown(attachment.id, 'joinsPrevious', attachment.joinsPrevious === true)}
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
