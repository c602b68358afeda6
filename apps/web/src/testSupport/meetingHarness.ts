import { act, createElement, type ReactElement } from 'react';
import { createRoot } from 'react-dom/client';
import { afterEach } from 'vitest';
import * as Y from 'yjs';
import i18next from 'i18next';
import { addAgendaItem, initMeetingDoc, readMinutes } from '@anteckna/doc-schema';
import type { MeetingDetail } from '@anteckna/contract';
import { initI18n } from '../i18n/i18n.ts';
import type { CollabSession } from '../features/editor/collabSession.ts';
import { createMeetingSession } from '../features/meetings/createMeetingSession.ts';
import { createMeetingState } from '../features/meetings/createMeetingState.ts';
import { MeetingSessionContext, MeetingStateContext } from '../features/meetings/meetingView.ts';

// React flushes effects and state inside act() only when told it runs under a test.
(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

/** A meeting of two organisations with two items on its agenda, nobody on its list yet. */
export function meetingDoc(): { doc: Y.Doc; items: [string, string] } {
  const doc = new Y.Doc();
  initMeetingDoc(
    doc,
    { bodyName: 'Nätverket', bodyShortName: 'Nätverket', title: 'Möte', date: '2027-02-11' },
    ['Avesta', 'Borlänge'],
  );
  const first = addAgendaItem(doc, { title: 'Läget i länet', kind: 'information' });
  const second = addAgendaItem(doc, { title: 'Budget', kind: 'beslut' });
  return { doc, items: [first, second] };
}

/**
 * Parts of the meeting page rendered on a real Y.Doc, as the secretary sees them during the
 * meeting: the session's own `write` (a writer's refusal announced) and the state made from the
 * read model. The model is the one given, not re-read on each change of the document, so a test
 * can hold a render while the document moves on. Call once per test file, in a DOM environment.
 */
export function useMeetingHarness() {
  const unmounts: Array<() => void> = [];
  afterEach(() => {
    while (unmounts.length > 0) unmounts.pop()?.();
  });
  return {
    render(element: ReactElement, doc: Y.Doc) {
      if (!i18next.isInitialized) initI18n();
      const announced: string[] = [];
      const actor = { userId: 'secretary', bodyRole: 'secretary' } as const;
      // Only what a session reads of them: the meeting's id, who is in it and its document.
      const detail = {
        meeting: { id: 'meeting' },
        access: { ...actor, role: 'secretary' },
      } as unknown as MeetingDetail;
      const session = createMeetingSession({
        detail,
        session: { doc } as unknown as CollabSession,
        generation: 0,
        userName: 'Sekreteraren',
        people: null,
        canInvite: false,
        announce: (message) => announced.push(message),
        t: i18next.t,
      });
      const state = createMeetingState({
        actor,
        model: readMinutes(doc),
        phase: 'live',
        presence: [],
        openFields: new Set(),
        openField: () => undefined,
        t: i18next.t,
        language: 'sv',
      });
      const container = document.createElement('div');
      document.body.append(container);
      const root = createRoot(container);
      act(() =>
        root.render(
          createElement(
            MeetingSessionContext.Provider,
            { value: session },
            createElement(MeetingStateContext.Provider, { value: state }, element),
          ),
        ),
      );
      unmounts.push(() => {
        act(() => root.unmount());
        container.remove();
      });
      return { container, announced };
    },
  };
}

/** Someone else's change, made on their own copy of the document and arrived here. */
export function changeElsewhere(doc: Y.Doc, change: (other: Y.Doc) => void): void {
  const other = new Y.Doc();
  Y.applyUpdate(other, Y.encodeStateAsUpdate(doc));
  change(other);
  Y.applyUpdate(doc, Y.encodeStateAsUpdate(other, Y.encodeStateVector(doc)));
}

/** Types into a controlled input as a person would: React sees the new value in onChange. */
export function typeInto(input: HTMLInputElement, value: string): void {
  const setValue = Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value')!.set!;
  act(() => {
    setValue.call(input, value);
    input.dispatchEvent(new Event('input', { bubbles: true }));
  });
}

/** Submits a form as Enter in one of its fields does. */
export function submit(form: HTMLFormElement): void {
  act(() => {
    form.dispatchEvent(new Event('submit', { bubbles: true, cancelable: true }));
  });
}

/** Chooses an option of a select as a person would: React sees it in onChange. */
export function choose(select: HTMLSelectElement, value: string): void {
  const setValue = Object.getOwnPropertyDescriptor(HTMLSelectElement.prototype, 'value')!.set!;
  act(() => {
    setValue.call(select, value);
    select.dispatchEvent(new Event('change', { bubbles: true }));
  });
}
