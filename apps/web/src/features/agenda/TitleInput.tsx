import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { updateAgendaItem } from '@anteckna/doc-schema';
import type { AgendaItem } from '@anteckna/doc-schema';
import { useMeetingSession } from '../meetings/meetingView.ts';

/**
 * The item's title is a plain value in the agenda map, replaced whole: it is written when the
 * secretary leaves the field or presses Enter, not per keystroke, so that two people never
 * interleave letters in it.
 */
export function TitleInput({ item, autoFocus }: { item: AgendaItem; autoFocus: boolean }) {
  const { t } = useTranslation();
  const view = useMeetingSession();
  const [draft, setDraft] = useState(item.title);
  const [editing, setEditing] = useState(false);

  useEffect(() => {
    if (!editing) setDraft(item.title);
  }, [item.title, editing]);

  const commit = () => {
    setEditing(false);
    const title = draft.trim();
    if (title !== item.title) view.write((doc) => updateAgendaItem(doc, item.id, { title }));
  };

  return (
    <label className="item-tools-title">
      <span>{t('agenda.title')}</span>
      <input
        type="text"
        value={draft}
        // Focus goes here when the secretary has just added the item.
        autoFocus={autoFocus}
        onFocus={() => setEditing(true)}
        onChange={(event) => setDraft(event.target.value)}
        onBlur={commit}
        onKeyDown={(event) => {
          if (event.key === 'Enter') {
            event.preventDefault();
            commit();
          }
          if (event.key === 'Escape') {
            setDraft(item.title);
            setEditing(false);
          }
        }}
      />
    </label>
  );
}
