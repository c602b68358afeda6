import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { updateAgendaItem } from '@anteckna/doc-schema';
import type { AgendaItem } from '@anteckna/doc-schema';
import { useMeetingView } from '../meetings/meetingView.ts';

/**
 * The item's title goes into the shared document as it is typed, like body text, so nothing
 * typed is lost to a reload or a closed tab, and "Sparat" covers it. It is a plain value in the
 * agenda map (SPEC rule A1), replaced whole on each keystroke: two people typing in one title at
 * once resolve last-writer-wins and never interleave letters. A change by someone else shows at
 * once unless it is the value this field wrote itself.
 */
export function TitleInput({ item, autoFocus }: { item: AgendaItem; autoFocus: boolean }) {
  const { t } = useTranslation();
  const view = useMeetingView();
  const [draft, setDraft] = useState(item.title);
  const written = useRef(item.title);

  useEffect(() => {
    if (item.title !== written.current) {
      written.current = item.title;
      setDraft(item.title);
    }
  }, [item.title]);

  const write = (value: string) => {
    const title = value.trim();
    if (title === written.current) return;
    if (view.write((doc) => updateAgendaItem(doc, item.id, { title }))) written.current = title;
  };

  return (
    <label className="item-tools-title">
      <span>{t('agenda.title')}</span>
      <input
        type="text"
        value={draft}
        // Focus goes here when the secretary has just added the item.
        autoFocus={autoFocus}
        onChange={(event) => {
          setDraft(event.target.value);
          write(event.target.value);
        }}
        onBlur={() => setDraft(written.current)}
        onKeyDown={(event) => {
          if (event.key === 'Enter') event.preventDefault();
        }}
      />
    </label>
  );
}
