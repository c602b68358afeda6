import { useState } from 'react';
import type { FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { createMeetingEndpoint } from '@anteckna/contract';
import { callApi } from '../../app/api.ts';
import { errorTextKey } from '../../app/errorText.ts';
import { navigate } from '../../app/useRoute.ts';

/** A new meeting starts in preparation with the standing items; the agenda is built in the meeting. */
export function CreateMeetingForm({ bodyId, onCancel }: { bodyId: string; onCancel(): void }) {
  const { t } = useTranslation();
  const [title, setTitle] = useState('');
  const [date, setDate] = useState('');
  const [errorKey, setErrorKey] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (!title.trim() || !date) {
      setErrorKey('meetings.create.missing');
      return;
    }
    setBusy(true);
    setErrorKey(null);
    try {
      const created = await callApi(createMeetingEndpoint, {
        body: { bodyId, title: title.trim(), date },
      });
      navigate({ name: 'meeting', meetingId: created.id, itemId: null });
    } catch (error) {
      setErrorKey(errorTextKey(error));
      setBusy(false);
    }
  }

  return (
    <form className="create-meeting" onSubmit={submit} aria-label={t('meetings.create.heading')}>
      <label>
        <span>{t('meetings.create.title')}</span>
        <input
          type="text"
          value={title}
          onChange={(event) => setTitle(event.target.value)}
          required
        />
      </label>
      <label>
        <span>{t('meetings.create.date')}</span>
        <input
          type="date"
          value={date}
          onChange={(event) => setDate(event.target.value)}
          required
        />
      </label>
      <div className="create-meeting-actions">
        <button type="submit" className="button button-primary" disabled={busy}>
          {t('meetings.create.submit')}
        </button>
        <button type="button" className="button" onClick={onCancel}>
          {t('app.cancel')}
        </button>
      </div>
      <p role="alert" className="form-error">
        {errorKey ? t(errorKey) : null}
      </p>
    </form>
  );
}
