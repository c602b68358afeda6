import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { RoleEntry } from '@anteckna/contract';

/** In place of an election's term: the secretary corrects its first and last day. */
export function ElectionTermForm({
  entry,
  onSave,
  onCancel,
}: {
  entry: RoleEntry;
  onSave(from: string, to: string): void;
  onCancel(): void;
}) {
  const { t } = useTranslation();
  const id = useId();
  const [from, setFrom] = useState(entry.termFrom);
  const [to, setTo] = useState(entry.termTo ?? '');
  return (
    <form
      className="roles-term-form"
      onSubmit={(event) => {
        event.preventDefault();
        onSave(from, to);
      }}
    >
      <label htmlFor={`${id}-from`}>{t('decisions.election.termFrom')}</label>
      <input id={`${id}-from`} type="date" value={from} onChange={(e) => setFrom(e.target.value)} />
      <label htmlFor={`${id}-to`}>{t('decisions.election.termTo')}</label>
      <input id={`${id}-to`} type="date" value={to} onChange={(e) => setTo(e.target.value)} />
      <span className="roles-term-actions">
        <button type="submit" className="button button-small button-primary">
          {t('registers.roles.save')}
        </button>
        <button type="button" className="button button-small" onClick={onCancel}>
          {t('registers.roles.cancel')}
        </button>
      </span>
    </form>
  );
}
