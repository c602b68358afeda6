import { useId, useState } from 'react';
import type { FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { navigate } from '../../app/useRoute.ts';
import { currentLanguage } from '../../i18n/i18n.ts';
import { CURRENT } from '@anteckna/contract';
import type { Snapshot } from '@anteckna/contract';
import { instantText } from './instantText.ts';

/**
 * Two versions to compare, "Från" and "Till", each a version or the document as it is now. It
 * starts at the newest version against now: what changed since the last phase move.
 */
export function CompareForm({
  meetingId,
  snapshots,
  from: initialFrom,
  to: initialTo,
}: {
  meetingId: string;
  snapshots: readonly Snapshot[];
  from?: string;
  to?: string;
}) {
  const { t } = useTranslation();
  const language = currentLanguage();
  const headingId = useId();
  const fromId = useId();
  const toId = useId();
  const [from, setFrom] = useState(initialFrom ?? snapshots[0]?.id ?? CURRENT);
  const [to, setTo] = useState(initialTo ?? CURRENT);
  const [same, setSame] = useState(false);
  if (snapshots.length === 0) return null;

  const optionText = (snapshot: Snapshot) => {
    const when = instantText(snapshot.createdAt, language);
    return when ? `${snapshot.label} (${t('history.instant', when)})` : snapshot.label;
  };
  const options = (
    <>
      <option value={CURRENT}>{t('history.current')}</option>
      {snapshots.map((snapshot) => (
        <option key={snapshot.id} value={snapshot.id}>
          {optionText(snapshot)}
        </option>
      ))}
    </>
  );
  const submit = (event: FormEvent) => {
    event.preventDefault();
    setSame(from === to);
    if (from !== to) navigate({ name: 'compare', meetingId, from, to });
  };

  return (
    <form className="compare-form" aria-labelledby={headingId} onSubmit={submit}>
      <h3 id={headingId} className="compare-form-heading">
        {t('history.compareHeading')}
      </h3>
      <div className="compare-form-field">
        <label htmlFor={fromId}>{t('history.from')}</label>
        <select id={fromId} value={from} onChange={(event) => setFrom(event.target.value)}>
          {options}
        </select>
      </div>
      <div className="compare-form-field">
        <label htmlFor={toId}>{t('history.to')}</label>
        <select id={toId} value={to} onChange={(event) => setTo(event.target.value)}>
          {options}
        </select>
      </div>
      <p className="form-error" role="alert">
        {same ? t('history.sameVersion') : null}
      </p>
      <button type="submit" className="button">
        {t('history.compare')}
      </button>
    </form>
  );
}
