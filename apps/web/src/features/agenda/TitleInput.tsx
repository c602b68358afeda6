import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { updateAgendaItem } from '@anteckna/doc-schema';
import type { AgendaItem } from '@anteckna/doc-schema';
import { useMeetingSession } from '../meetings/meetingView.ts';

/**
 * The item's title goes into the shared document as it is typed, like body text, so nothing
 * typed is lost to a reload or a closed tab, and "Sparat" covers it. It is a plain value in the
 * agenda map (SPEC rule A1), replaced whole on each keystroke: two people typing in one title at
 * once resolve last-writer-wins and never interleave letters. While the field has focus it
 * shows what is typed here (the read model follows the document a moment later, and an older
 * value must not jump back under the caret); away from it, it shows the document's title.
 */
export function TitleInput({ item, autoFocus }: { item: AgendaItem; autoFocus: boolean }) {
  const { t } = useTranslation();
  const view = useMeetingSession();
  const [draft, setDraft] = useState(item.title);
  const [focused, setFocused] = useState(false);
  const written = useRef(item.title);

  useEffect(() => {
    if (!focused) {
      written.current = item.title;
      setDraft(item.title);
    }
  }, [item.title, focused]);

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
        onFocus={() => setFocused(true)}
        onBlur={() => setFocused(false)}
        onChange={(event) => {
          setDraft(event.target.value);
          write(event.target.value);
        }}
        onKeyDown={(event) => {
          if (event.key === 'Enter') event.preventDefault();
        }}
      />
    </label>
  );
}
