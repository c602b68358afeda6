import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { endpointPath, planYearEndpoint, publicCalendarEndpoint } from '@anteckna/contract';
import { callApi } from '../../app/api.ts';
import { errorTextKey } from '../../app/errorText.ts';
import { TextField } from '../../app/TextField.tsx';
import { currentLanguage } from '../../i18n/i18n.ts';
import { formatDate } from '../../i18n/formatDate.ts';

/** The public address of the body's calendar, for subscribing in any calendar program. */
export function calendarHref(bodyId: string): string {
  return endpointPath(publicCalendarEndpoint, { params: { id: bodyId } });
}

/**
 * The body's year: the secretary enters the dates of the coming meetings, each created as a
 * planned meeting (it appears under "Kommande möten" and in the subscribed calendar).
 */
export function YearCalendarSection({ bodyId, canManage }: { bodyId: string; canManage: boolean }) {
  const { t } = useTranslation();
  const headingId = useId();
  const [date, setDate] = useState('');
  const [startTime, setStartTime] = useState('09:30');
  const [endTime, setEndTime] = useState('12:00');
  const [place, setPlace] = useState('');
  const [busy, setBusy] = useState(false);
  const [message, setMessage] = useState('');

  const add = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (!date) {
      setMessage(t('calendar.missingDate'));
      return;
    }
    setBusy(true);
    try {
      await callApi(planYearEndpoint, {
        params: { id: bodyId },
        body: { meetings: [{ date, startTime, endTime, place: place.trim() || undefined }] },
      });
      setMessage(t('calendar.added', { date: formatDate(date, currentLanguage()) }));
      setDate('');
    } catch (error) {
      setMessage(t(errorTextKey(error)));
    } finally {
      setBusy(false);
    }
  };

  return (
    <section className="body-section" aria-labelledby={headingId}>
      <h2 id={headingId}>{t('calendar.heading')}</h2>
      <p>
        {t('calendar.intro')} <a href={calendarHref(bodyId)}>{t('calendar.subscribe')}</a>
      </p>
      {canManage && (
        <form className="body-form body-inline-form" onSubmit={(event) => void add(event)}>
          <TextField type="date" label={t('calendar.date')} value={date} onValue={setDate} />
          <TextField
            type="time"
            label={t('calendar.start')}
            value={startTime}
            onValue={setStartTime}
          />
          <TextField type="time" label={t('calendar.end')} value={endTime} onValue={setEndTime} />
          <TextField label={t('calendar.place')} value={place} onValue={setPlace} />
          <button type="submit" className="button" disabled={busy}>
            {t('calendar.add')}
          </button>
        </form>
      )}
      <p role="status" className="body-announcer">
        {message}
      </p>
    </section>
  );
}
