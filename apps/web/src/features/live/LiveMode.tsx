import { useEffect, useRef } from 'react';
import type { FocusEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { readCurrentItemId } from '@anteckna/doc-schema';
import { itemRootName } from '@anteckna/domain';
import { formatDate } from '../../i18n/formatDate.ts';
import { currentLanguage } from '../../i18n/i18n.ts';
import { useEditorRegistry } from '../editor/editorRegistry.ts';
import { useMeetingView } from '../meetings/meetingView.ts';
import { ProjectorButton } from '../projector/ProjectorButton.tsx';
import { isAttendanceKey } from './liveKeys.ts';
import { LiveAttendance } from './LiveAttendance.tsx';
import { LiveItem } from './LiveItem.tsx';
import { LiveItemStrip } from './LiveItemStrip.tsx';
import { neighbourItems } from './neighbourItems.ts';
import './liveMode.css';

interface Props {
  currentItemId: string | null;
  /** Goes to an item; the page makes it the current one, which the projector follows. */
  onMove(itemId: string): void;
}

/**
 * The secretary's view while the meeting is held: the current item large, the way to the
 * items around it, attendance, and the projector. The meeting's own keys (Alt+↑/↓, Ctrl+Enter,
 * Ctrl+Shift+Enter) work here as in the document; Alt+N goes to the attendance entry.
 */
export function LiveMode({ currentItemId, onMove }: Props) {
  const { t } = useTranslation();
  const view = useMeetingView();
  const registry = useEditorRegistry();
  const language = currentLanguage();
  const { current, previous, next } = neighbourItems(view.model.items, currentItemId);
  const attendanceEntry = useRef<HTMLDivElement>(null);
  const writingDecision = useRef(false);
  const shownItemId = useRef(current?.id ?? null);
  const move = useRef(onMove);
  move.current = onMove;

  // After a reload the meeting is still at the item the document says: carry on from there.
  const sharedItemId = currentItemId === null ? readCurrentItemId(view.session.doc) : null;
  useEffect(() => {
    if (sharedItemId) move.current(sharedItemId);
  }, [sharedItemId]);

  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      if (!isAttendanceKey(event)) return;
      const input = attendanceEntry.current?.querySelector('input');
      if (!input) return;
      event.preventDefault();
      input.focus();
    };
    window.addEventListener('keydown', onKeyDown);
    return () => window.removeEventListener('keydown', onKeyDown);
  }, []);

  // Alt+↑/↓ from inside a field replaces the item under the caret, and focus would fall to the
  // page: it goes to the new item's decision when the secretary was writing one, else its title.
  useEffect(() => {
    const id = current?.id ?? null;
    if (shownItemId.current === id) return;
    shownItemId.current = id;
    const active = document.activeElement;
    if (id === null || (active && active !== document.body && active.isConnected)) return;
    const decision = writingDecision.current
      ? registry.get(itemRootName(id, 'decision'))
      : undefined;
    if (decision?.isEditable) decision.commands.focus('end');
    else
      document
        .getElementById(`item-${id}`)
        ?.querySelector<HTMLElement>('.live-item-title')
        ?.focus();
  }, [current?.id, registry]);

  const noteFocus = (event: FocusEvent) => {
    writingDecision.current =
      event.target instanceof Element && event.target.closest('[data-field="decision"]') !== null;
  };

  const bodyLabel = view.model.meeting.bodyShortName || view.model.meeting.bodyName;
  return (
    <div className="live-mode" onFocus={noteFocus}>
      <header className="live-header">
        <div className="live-header-text">
          <h1 className="live-heading">
            {t('liveMode.title')}
            <span className="live-heading-meeting">
              {' '}
              · {bodyLabel} {formatDate(view.model.meeting.date, language)}
            </span>
          </h1>
          <p className="live-key-hint">{t('liveMode.keyHint')}</p>
        </div>
        <ProjectorButton />
      </header>
      <LiveItemStrip previous={previous} next={next} atNoItem={current === null} onMove={onMove} />
      {current ? (
        <LiveItem key={current.id} item={current} />
      ) : (
        <section className="live-item live-item-none" aria-labelledby="live-no-item">
          <h2 id="live-no-item" className="live-item-title">
            {view.model.items.length > 0 ? t('liveMode.noCurrent') : t('liveMode.noItems')}
          </h2>
          {view.model.items.length > 0 && <p>{t('liveMode.noCurrentText')}</p>}
        </section>
      )}
      <LiveAttendance entryRef={attendanceEntry} />
    </div>
  );
}
