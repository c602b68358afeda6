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

/** What the form holds, as the server's endpoint takes it. */
interface SecondSessionFields {
  label: string;
  date: string;
  startTime: string;
  endTime: string;
  place: string;
}

/** The session's start and end: both required, both a time field. */
const TIME_FIELDS = [
  ['startTime', 'secondSession.start'],
  ['endTime', 'secondSession.end'],
] as const;

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
  const [fields, setFields] = useState<SecondSessionFields>({
    label: '',
    date: '',
    startTime: '',
    endTime: '',
    place: '',
  });
  const [busy, setBusy] = useState(false);
  const [message, setMessage] = useState('');
  /** The value of one field and how it changes, for a TextField. */
  const field = (name: keyof SecondSessionFields) => ({
    value: fields[name],
    onValue: (value: string) => setFields((held) => ({ ...held, [name]: value })),
  });

  const start = () => {
    setFields({
      label: current?.label ?? t('secondSession.defaultLabel'),
      date: current?.date ?? meeting.date,
      startTime: asTimeField(current?.startTime ?? ''),
      endTime: asTimeField(current?.endTime ?? ''),
      place: current?.place ?? '',
    });
    setMessage('');
    setOpen(true);
  };

  /** Sends a change; what it answers closes the form, a refusal keeps it open and says why. */
  const send = async (change: () => Promise<string>) => {
    setBusy(true);
    try {
      setMessage(await change());
      setOpen(false);
    } catch (error) {
      setMessage(t(secondSessionErrorKey(error)));
    } finally {
      setBusy(false);
    }
  };

  const save = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    void send(async () => {
      const answer = await callApi(setSecondSessionEndpoint, {
        params: { id: meetingId },
        body: fields,
      });
      return t('secondSession.saved', { label: answer.secondSession?.label ?? fields.label });
    });
  };

  const remove = () =>
    void send(async () => {
      await callApi(removeSecondSessionEndpoint, { params: { id: meetingId } });
      return t('secondSession.removed');
    });

  return (
    <div className="second-session">
      {open ? (
        <form className="second-session-form" onSubmit={save}>
          <fieldset aria-describedby={`${legendId}-intro`}>
            <legend id={legendId}>{t('secondSession.legend')}</legend>
            <p id={`${legendId}-intro`} className="second-session-intro">
              {t('secondSession.intro')}
            </p>
            <div className="second-session-fields">
              <TextField
                label={t('secondSession.label')}
                {...field('label')}
                maxLength={80}
                required
              />
              <TextField type="date" label={t('secondSession.date')} {...field('date')} />
              {TIME_FIELDS.map(([name, labelKey]) => (
                <TextField key={name} type="time" label={t(labelKey)} {...field(name)} required />
              ))}
              <TextField
                className="second-session-place"
                label={t('secondSession.place')}
                {...field('place')}
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
              onClick={remove}
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
