import { useEffect, useId, useRef, useState } from 'react';
import type { ChangeEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { AgendaItem } from '@anteckna/doc-schema';
import { useMeetingSession } from '../meetings/meetingView.ts';
import { attachmentErrorKey } from './attachmentErrorText.ts';
import { ATTACHMENT_ACCEPT, uploadAttachment } from './uploadAttachment.ts';

type Upload =
  | { state: 'idle' }
  | { state: 'uploading'; file: File; progress: number }
  | { state: 'failed'; file: File; errorKey: string };

/**
 * "Bifoga fil" for one item. The upload starts when a file is chosen; the chip appears when the
 * server has written the attachment into the agenda. A refused upload keeps the chosen file on
 * screen with the reason, to try again or swap for another: nothing chosen is silently dropped.
 */
export function AttachmentUpload({ item }: { item: AgendaItem }) {
  const { t } = useTranslation();
  const view = useMeetingSession();
  const statusId = useId();
  const [upload, setUpload] = useState<Upload>({ state: 'idle' });
  const controller = useRef<AbortController | null>(null);
  useEffect(() => () => controller.current?.abort(), []);

  const send = async (file: File) => {
    controller.current?.abort();
    const current = new AbortController();
    controller.current = current;
    setUpload({ state: 'uploading', file, progress: 0 });
    try {
      await uploadAttachment({
        meetingId: view.meetingId,
        itemId: item.id,
        file,
        signal: current.signal,
        onProgress: (progress) =>
          setUpload((now) => (now.state === 'uploading' ? { ...now, progress } : now)),
      });
      setUpload({ state: 'idle' });
      view.announce(t('attachments.uploaded', { name: file.name, number: item.number }));
    } catch (error) {
      if (current.signal.aborted) return;
      setUpload({ state: 'failed', file, errorKey: attachmentErrorKey(error) });
    }
  };

  const choose = (event: ChangeEvent<HTMLInputElement>) => {
    const file = event.target.files?.[0];
    // Cleared so that choosing the same file again (after fixing it) fires a change too.
    event.target.value = '';
    if (file) void send(file);
  };

  const cancel = () => {
    controller.current?.abort();
    setUpload({ state: 'idle' });
  };

  const busy = upload.state === 'uploading';
  return (
    <div className="attachment-upload" data-state={upload.state}>
      <div className="attachment-upload-row">
        <label className="button button-small attachment-pick" data-disabled={busy || undefined}>
          <PaperclipIcon /> {t('attachments.attach')}
          <span className="visually-hidden">
            {' '}
            {t('attachments.toItem', { number: item.number })}
          </span>
          <input
            type="file"
            className="visually-hidden"
            accept={ATTACHMENT_ACCEPT}
            disabled={busy}
            aria-describedby={statusId}
            onChange={choose}
          />
        </label>
      </div>
      <div id={statusId} className="attachment-upload-status">
        {upload.state === 'uploading' && (
          <div className="attachment-progress" role="status">
            <span>
              {t('attachments.uploading', {
                name: upload.file.name,
                percent: Math.round(upload.progress * 100),
              })}
            </span>
            <progress
              value={upload.progress}
              max={1}
              aria-label={t('attachments.progressLabel', { name: upload.file.name })}
            />
            <button type="button" className="button button-small button-quiet" onClick={cancel}>
              {t('app.cancel')}
            </button>
          </div>
        )}
        {upload.state === 'failed' && (
          <div className="attachment-failed" role="alert">
            <p>
              <strong>{t('attachments.failed', { name: upload.file.name })}</strong>{' '}
              {t(upload.errorKey)}
            </p>
            <div className="attachment-failed-actions">
              <button
                type="button"
                className="button button-small"
                onClick={() => void send(upload.file)}
              >
                {t('attachments.retry')}
              </button>
              <button type="button" className="button button-small button-quiet" onClick={cancel}>
                {t('app.cancel')}
              </button>
            </div>
          </div>
        )}
      </div>
    </div>
  );
}

function PaperclipIcon() {
  return (
    <svg
      className="attachment-icon"
      viewBox="0 0 16 16"
      width="14"
      height="14"
      aria-hidden="true"
      focusable="false"
    >
      <path
        d="M10.5 4.5 5.8 9.2a1.2 1.2 0 0 0 1.7 1.7l5-5a2.6 2.6 0 0 0-3.7-3.7l-5.2 5.2a4 4 0 0 0 5.7 5.7l4.2-4.2"
        fill="none"
        stroke="currentColor"
        strokeWidth="1.4"
        strokeLinecap="round"
        strokeLinejoin="round"
      />
    </svg>
  );
}
