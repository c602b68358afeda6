import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

/**
 * A list of the body's entries (names, vacancies, organisations), each with a remove button
 * for whoever may change them, or a sentence when there are none.
 */
export function RemovableEntryList<Entry>({
  className,
  entries,
  entryKey,
  emptyText,
  busy,
  removeLabel,
  onRemove,
  children: showEntry,
}: {
  className: string;
  entries: readonly Entry[];
  entryKey(entry: Entry): string;
  emptyText: string;
  busy: boolean;
  /** The remove button's name: "Ta bort <the entry>". */
  removeLabel(entry: Entry): string;
  /** Left out where the person may not change the list: no remove buttons then. */
  onRemove?: (entry: Entry) => void;
  children(entry: Entry): ReactNode;
}) {
  const { t } = useTranslation();
  if (entries.length === 0) return <p className="body-empty">{emptyText}</p>;
  return (
    <ul className={className}>
      {entries.map((entry) => (
        <li key={entryKey(entry)}>
          {showEntry(entry)}
          {onRemove && (
            <button
              type="button"
              className="button button-small button-quiet"
              disabled={busy}
              aria-label={removeLabel(entry)}
              onClick={() => onRemove(entry)}
            >
              {t('bodies.remove')}
            </button>
          )}
        </li>
      ))}
    </ul>
  );
}
