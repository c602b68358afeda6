import { useId, useState } from 'react';
import type { FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { takeSnapshotEndpoint, type Snapshot } from '@anteckna/contract';
import { callApi } from '../../app/api.ts';
import { errorTextKey } from '../../app/errorText.ts';

/** The secretary keeps a version by hand, named, besides the ones each phase move takes. */
export function TakeSnapshotForm({
  meetingId,
  onTaken,
}: {
  meetingId: string;
  onTaken(snapshot: Snapshot): void;
}) {
  const { t } = useTranslation();
  const inputId = useId();
  const [label, setLabel] = useState('');
  const [busy, setBusy] = useState(false);
  const [errorKey, setErrorKey] = useState<string | null>(null);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const name = label.trim();
    if (!name) {
      setErrorKey('history.take.missing');
      return;
    }
    setBusy(true);
    setErrorKey(null);
    try {
      onTaken(
        await callApi(takeSnapshotEndpoint, { params: { id: meetingId }, body: { label: name } }),
      );
      setLabel('');
    } catch (error) {
      setErrorKey(errorTextKey(error));
    } finally {
      setBusy(false);
    }
  };

  return (
    <form className="take-snapshot" onSubmit={(event) => void submit(event)} noValidate>
      <label htmlFor={inputId}>{t('history.take.label')}</label>
      <div className="take-snapshot-row">
        <input
          id={inputId}
          type="text"
          maxLength={120}
          value={label}
          onChange={(event) => setLabel(event.target.value)}
          placeholder={t('history.take.placeholder')}
        />
        <button type="submit" className="button" disabled={busy}>
          {t('history.take.submit')}
        </button>
      </div>
      <p className="form-error" role="alert">
        {errorKey ? t(errorKey) : null}
      </p>
    </form>
  );
}
