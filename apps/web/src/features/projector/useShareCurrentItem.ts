import { useEffect, useRef } from 'react';
import { setCurrentItem } from '@anteckna/doc-schema';
import type { MeetingView } from '../meetings/meetingView.ts';

/**
 * While the meeting is held, the item the secretary moves to (Alt+↑/↓, the outline) is written
 * into the document (SPEC rule M5), so the projector and everyone else follow along. Only the
 * secretary writes it, and only live: before and after, where the secretary looks is their own.
 */
export function useShareCurrentItem(view: MeetingView, currentItemId: string | null): void {
  const { isSecretary, phase, model, write } = view;
  const onAgenda = currentItemId !== null && model.items.some((item) => item.id === currentItemId);
  // Written once per move of this tab: a second tab of the secretary that moves elsewhere is
  // followed, not overwritten the next time this tab's view changes.
  const written = useRef<string | null>(null);
  useEffect(() => {
    if (phase !== 'live') written.current = null;
    if (!isSecretary || phase !== 'live' || !onAgenda || currentItemId === null) return;
    if (written.current === currentItemId) return;
    if (write((doc) => setCurrentItem(doc, currentItemId))) written.current = currentItemId;
  }, [isSecretary, phase, onAgenda, currentItemId, write]);
}
