import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { removeSecondSessionEndpoint, setSecondSessionEndpoint } from '@anteckna/contract';
import type { MeetingHeader } from '@anteckna/doc-schema';
import { callApi } from '../../app/api.ts';
import { TextField } from '../../app/TextField.tsx';
import { secondSessionErrorKey } from './secondSessionError.ts';
import './secondSessionEditor.css';

/** "08.30" as the minutes write it, "08:30" as a time field takes it. */
const asTimeField = (time: string) => time.replace('.', ':');

/**
 * The secretary's editor of the meeting's second time and place (a förmöte, a second day): sent
 * to the server, which checks it and writes it into the minutes, so every open copy shows it at
 * once and a refusal changes nothing.
 */
export function SecondSessionEditor({
  meetingId,
  meeting,
}: {
  meetingId: string;
  meeting: MeetingHeader;
}) {
  const { t } = useTranslation();
  const legendId = useId();
  const current = meeting.secondSession;
  const [open, setOpen] = useState(false);
  const [label, setLabel] = useState('');
  const [date, setDate] = useState('');
  const [startTime, setStartTime] = useState('');
  const [endTime, setEndTime] = useState('');
  const [place, setPlace] = useState('');
  const [busy, setBusy] = useState(false);
  const [message, setMessage] = useState('');

  const start = () => {
    setLabel(current?.label ?? t('secondSession.defaultLabel'));
    setDate(current?.date ?? meeting.date);
    setStartTime(asTimeField(current?.startTime ?? ''));
    setEndTime(asTimeField(current?.endTime ?? ''));
    setPlace(current?.place ?? '');
    setMessage('');
    setOpen(true);
  };

  const save = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    setBusy(true);
    try {
      const answer = await callApi(setSecondSessionEndpoint, {
        params: { id: meetingId },
        body: { label, date, startTime, endTime, place },
      });
      setMessage(t('secondSession.saved', { label: answer.secondSession?.label ?? label }));
      setOpen(false);
    } catch (error) {
      setMessage(t(secondSessionErrorKey(error)));
    } finally {
      setBusy(false);
    }
  };

  const remove = async () => {
    setBusy(true);
    try {
      await callApi(removeSecondSessionEndpoint, { params: { id: meetingId } });
      setMessage(t('secondSession.removed'));
      setOpen(false);
    } catch (error) {
      setMessage(t(secondSessionErrorKey(error)));
    } finally {
      setBusy(false);
    }
  };

  return (
    <div className="second-session">
      {open ? (
        <form className="second-session-form" onSubmit={(event) => void save(event)}>
          <fieldset aria-describedby={`${legendId}-intro`}>
            <legend id={legendId}>{t('secondSession.legend')}</legend>
            <p id={`${legendId}-intro`} className="second-session-intro">
              {t('secondSession.intro')}
            </p>
            <div className="second-session-fields">
              <TextField
                label={t('secondSession.label')}
                value={label}
                onValue={setLabel}
                maxLength={80}
                required
              />
              <TextField
                type="date"
                label={t('secondSession.date')}
                value={date}
                onValue={setDate}
              />
              <TextField
                type="time"
                label={t('secondSession.start')}
                value={startTime}
                onValue={setStartTime}
                required
              />
              <TextField
                type="time"
                label={t('secondSession.end')}
                value={endTime}
                onValue={setEndTime}
                required
              />
              <TextField
                className="second-session-place"
                label={t('secondSession.place')}
                value={place}
                onValue={setPlace}
                hint={t('secondSession.placeHint')}
                maxLength={200}
              />
            </div>
            <div className="second-session-actions">
              <button type="submit" className="button button-primary" disabled={busy}>
                {t('secondSession.save')}
              </button>
              <button type="button" className="button" onClick={() => setOpen(false)}>
                {t('secondSession.cancel')}
              </button>
            </div>
          </fieldset>
        </form>
      ) : (
        <div className="second-session-actions">
          <button type="button" className="button button-small" onClick={start}>
            {current ? t('secondSession.edit', { label: current.label }) : t('secondSession.add')}
          </button>
          {current && (
            <button
              type="button"
              className="button button-small button-quiet"
              onClick={() => void remove()}
              disabled={busy}
            >
              {t('secondSession.remove', { label: current.label })}
            </button>
          )}
        </div>
      )}
      <p role="status" className="second-session-status">
        {message}
      </p>
    </div>
  );
}
