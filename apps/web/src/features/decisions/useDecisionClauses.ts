import { useEffect, useState } from 'react';
import { itemFragment, readDecision, type AgendaItem } from '@anteckna/doc-schema';
import { useMeetingView } from '../meetings/meetingView.ts';

/**
 * The item's clauses as the document holds them now. The meeting's read model is refreshed on
 * changes of the header, agenda and attendance, not on every keystroke in a text field; the
 * panels beside a decision (follow-up dates, elections) follow its clauses as they are typed, so
 * a clause added from the palette gets its fields at once.
 */
export function useDecisionClauses(item: AgendaItem) {
  const view = useMeetingView();
  const doc = view.session.doc;
  const [clauses, setClauses] = useState(item.decision);
  useEffect(() => {
    const fragment = itemFragment(doc, item.id, 'decision');
    let frame = 0;
    const refresh = () => {
      if (frame !== 0) return;
      frame = requestAnimationFrame(() => {
        frame = 0;
        setClauses(readDecision(fragment));
      });
    };
    setClauses(readDecision(fragment));
    fragment.observeDeep(refresh);
    return () => {
      cancelAnimationFrame(frame);
      fragment.unobserveDeep(refresh);
    };
  }, [doc, item.id, item.decision]);
  return clauses;
}
