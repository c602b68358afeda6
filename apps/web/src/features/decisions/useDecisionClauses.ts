import { useEffect, useState } from 'react';
import type * as Y from 'yjs';
import {
  itemFragment,
  readClauseRefs,
  type AgendaItem,
  type ClauseRef,
} from '@anteckna/doc-schema';
import { useMeetingView } from '../meetings/meetingView.ts';

/**
 * The item's clauses as the document holds them now, each with its element: a form writes back
 * into the clause it shows, found where it is at write time (SPEC rule W6), never by the place
 * it had when the form rendered. The meeting's read model is refreshed on changes of the header,
 * agenda and attendance, not on every keystroke in a text field; the panels beside a decision
 * (follow-up dates, elections) follow its clauses as they are typed, so a clause added from the
 * palette gets its fields at once.
 */
export function useDecisionClauses(item: AgendaItem): ClauseRef[] {
  const view = useMeetingView();
  const doc = view.session.doc;
  const [clauses, setClauses] = useState(() =>
    readClauseRefs(itemFragment(doc, item.id, 'decision')),
  );
  useEffect(() => {
    const fragment = itemFragment(doc, item.id, 'decision');
    let frame = 0;
    const refresh = () => {
      if (frame !== 0) return;
      frame = requestAnimationFrame(() => {
        frame = 0;
        setClauses(readClauseRefs(fragment));
      });
    };
    setClauses(readClauseRefs(fragment));
    fragment.observeDeep(refresh);
    return () => {
      cancelAnimationFrame(frame);
      fragment.unobserveDeep(refresh);
    };
  }, [doc, item.id, item.decision]);
  return clauses;
}

const keys = new WeakMap<Y.XmlElement, string>();
let lastKey = 0;

/**
 * A React key that stays with a clause while others are inserted, removed or moved around it,
 * so a field being typed in keeps its clause.
 */
export function clauseKey({ element }: ClauseRef): string {
  let key = keys.get(element);
  if (key === undefined) {
    lastKey += 1;
    key = `clause-${lastKey}`;
    keys.set(element, key);
  }
  return key;
}
