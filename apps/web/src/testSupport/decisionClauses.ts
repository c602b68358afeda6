import { createElement, type FunctionComponent } from 'react';
import * as Y from 'yjs';
import {
  itemFragment,
  readDecision,
  readMinutes,
  writeDecisionClauses,
  type AgendaItem,
  type DecisionClause,
} from '@anteckna/doc-schema';
import { meetingDoc, type useMeetingHarness } from './meetingHarness.ts';

/**
 * A panel beside a decision (follow-up dates, elections) rendered on a meeting whose second item
 * decides `clauses`; `decision()` reads the clauses as the document holds them now.
 */
export function renderBesideDecision(
  harness: ReturnType<typeof useMeetingHarness>,
  panel: FunctionComponent<{ item: AgendaItem }>,
  clauses: DecisionClause[],
) {
  const { doc, items } = meetingDoc();
  const itemId = items[1];
  writeDecisionClauses(itemFragment(doc, itemId, 'decision'), clauses);
  const item = readMinutes(doc).items[1]!;
  return {
    doc,
    itemId,
    decision: () => readDecision(itemFragment(doc, itemId, 'decision')),
    ...harness.render(createElement(panel, { item }), doc),
  };
}

/** A clause as the decision editor stores a typed paragraph: its type, its words, nothing else. */
export function typedClause({ type, text }: Pick<DecisionClause, 'type' | 'text'>): Y.XmlElement {
  const element = new Y.XmlElement('decisionClause');
  element.setAttribute('clauseType', type);
  element.insert(0, [new Y.XmlText(text)]);
  return element;
}

/**
 * A clause dragged to another place in the editor: ProseMirror moves a paragraph by deleting it
 * and inserting a copy, so the clause at `to` is a new element with the same words.
 */
export function moveClause(fragment: Y.XmlFragment, from: number, to: number): void {
  const moved = fragment.get(from);
  if (!(moved instanceof Y.XmlElement)) throw new Error(`no clause at ${from}`);
  const copy = moved.clone();
  fragment.doc!.transact(() => {
    fragment.delete(from, 1);
    fragment.insert(to, [copy]);
  });
}
