import { describe, expect, test } from 'vitest';
import * as Y from 'yjs';
import type { DecisionClause } from '../minutesModel.ts';
import { writeDecisionClauses } from './writeDecisionClauses.ts';
import { readDecision } from './readDecision.ts';
import { addAgendaItem } from '../agenda/addAgendaItem.ts';
import { updateAgendaItem } from '../agenda/updateAgendaItem.ts';
import { itemFragment } from '../layout/docLayout.ts';
import { thrownId } from '../testSupport/thrownId.ts';
import { countUpdates, stateOf } from '../testSupport/updateCounter.ts';

const clauses: DecisionClause[] = [
  { type: 'approve', text: 'godkänna dagordningen' },
  { type: 'elect', text: 'utse Anna Berg till ordförande', target: 'Anna Berg' },
];

function docWithItem(): Y.Doc {
  const doc = new Y.Doc();
  addAgendaItem(doc, { id: 'i1', kind: 'beslut', title: 'Val av ordförande' });
  return doc;
}

describe('decision clauses', () => {
  test('[C1][C2] clauses are stored as decisionClause elements with their type and target', () => {
    const doc = docWithItem();
    writeDecisionClauses(itemFragment(doc, 'i1', 'decision'), clauses);
    const elements = itemFragment(doc, 'i1', 'decision').toArray() as Y.XmlElement[];
    expect(elements.map((element) => element.nodeName)).toEqual([
      'decisionClause',
      'decisionClause',
    ]);
    expect(elements[1]!.getAttributes()).toEqual({ clauseType: 'elect', target: 'Anna Berg' });
    expect(readDecision(itemFragment(doc, 'i1', 'decision'))).toEqual(clauses);
  });

  test('[C3] a clause that starts with "att" is refused and nothing changes', () => {
    const doc = docWithItem();
    const before = stateOf(doc);
    const fragment = itemFragment(doc, 'i1', 'decision');
    expect(
      thrownId(() => writeDecisionClauses(fragment, [{ type: 'approve', text: 'att godkänna' }])),
    ).toBe('clause_starts_with_att');
    expect(thrownId(() => writeDecisionClauses(fragment, [{ type: 'approve', text: '  ' }]))).toBe(
      'invalid_clause',
    );
    expect(
      thrownId(() => writeDecisionClauses(fragment, [{ type: 'vote' as 'other', text: 'rösta' }])),
    ).toBe('invalid_clause');
    expect(stateOf(doc)).toBe(before);
  });

  test('[C3] "attestera" is a verb, not a typed "att"', () => {
    const doc = docWithItem();
    writeDecisionClauses(itemFragment(doc, 'i1', 'decision'), [
      { type: 'other', text: 'attestera fakturan' },
    ]);
    expect(readDecision(itemFragment(doc, 'i1', 'decision'))[0]!.text).toBe('attestera fakturan');
  });

  test('[C3][C2][R2] a reader strips a typed "att", skips empty clauses and reads unknown types as other', () => {
    const doc = new Y.Doc();
    const fragment = doc.getXmlFragment('item:i1:decision');
    const typed = new Y.XmlElement('decisionClause');
    typed.setAttribute('clauseType', 'vote');
    typed.insert(0, [new Y.XmlText('att godkänna budgeten')]);
    fragment.insert(0, [typed, new Y.XmlElement('decisionClause')]);
    expect(readDecision(fragment)).toEqual([{ type: 'other', text: 'godkänna budgeten' }]);
  });

  test('[C4][A9] a withdrawn item takes no clauses', () => {
    const doc = docWithItem();
    updateAgendaItem(doc, 'i1', { status: 'withdrawn' });
    expect(thrownId(() => writeDecisionClauses(itemFragment(doc, 'i1', 'decision'), clauses))).toBe(
      'clause_on_withdrawn_item',
    );
    writeDecisionClauses(itemFragment(doc, 'i1', 'decision'), []);
    expect(readDecision(itemFragment(doc, 'i1', 'decision'))).toEqual([]);
  });

  test('[C4] a body field is not a decision field', () => {
    const doc = docWithItem();
    expect(thrownId(() => writeDecisionClauses(itemFragment(doc, 'i1', 'body'), clauses))).toBe(
      'wrong_field',
    );
  });

  test('[W3] writing clauses is one update', () => {
    const doc = docWithItem();
    const counter = countUpdates(doc);
    writeDecisionClauses(itemFragment(doc, 'i1', 'decision'), clauses);
    expect(counter.count).toBe(1);
  });
});
