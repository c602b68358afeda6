import { describe, expect, test } from 'vitest';
import { itemFragment } from '../layout/docLayout.ts';
import { meetingOn } from '../testSupport/decisionMeeting.ts';
import { stateOf } from '../testSupport/updateCounter.ts';
import { thrownId } from '../testSupport/thrownId.ts';
import type { DecisionClause } from '../minutesModel.ts';
import { clausePosition } from './locateClause.ts';
import { readClauseRefs, readDecision } from './readDecision.ts';
import { setClauseDue } from './setClauseDue.ts';
import { clauseElement, writeDecisionClauses } from './writeDecisionClauses.ts';

const TASK: DecisionClause = { type: 'task', text: 'uppdra åt RSS att följa upp', target: 'RSS' };
const APPROVE: DecisionClause = { type: 'approve', text: 'godkänna planen' };

/** A decision of an approval and a task, and the task as a form beside it rendered it. */
function renderedTask() {
  const doc = meetingOn('2026-12-10');
  const fragment = itemFragment(doc, 'i1', 'decision');
  writeDecisionClauses(fragment, [APPROVE, TASK]);
  const task = readClauseRefs(fragment)[1]!;
  expect(task.clause).toEqual(TASK);
  return { doc, fragment, task };
}

describe('a clause found when the change is written', () => {
  test('[W6] a clause inserted before the rendered one does not take its date', () => {
    const { doc, fragment, task } = renderedTask();
    fragment.insert(0, [
      clauseElement({ type: 'task', text: 'uppdra åt kansliet att boka lokal' }),
    ]);
    setClauseDue(doc, 'i1', task, '2027-03-01');
    expect(readDecision(fragment)).toEqual([
      { type: 'task', text: 'uppdra åt kansliet att boka lokal' },
      APPROVE,
      { ...TASK, due: '2027-03-01' },
    ]);
  });

  test('[W6] a clause the editor moved (a new element, the same words) is still found', () => {
    const { doc, fragment, task } = renderedTask();
    doc.transact(() => {
      fragment.delete(1, 1);
      fragment.insert(0, [clauseElement(TASK)]);
    });
    setClauseDue(doc, 'i1', task, '2027-03-01');
    expect(readDecision(fragment)).toEqual([{ ...TASK, due: '2027-03-01' }, APPROVE]);
  });

  test('[W6] a clause removed since the render is refused with unknown_clause, and nothing changes', () => {
    const { doc, fragment, task } = renderedTask();
    fragment.delete(1, 1);
    fragment.insert(1, [clauseElement({ type: 'task', text: 'uppdra åt RSS att rapportera' })]);
    const before = stateOf(doc);
    expect(thrownId(() => setClauseDue(doc, 'i1', task, '2027-03-01'))).toBe('unknown_clause');
    expect(stateOf(doc)).toEqual(before);
  });

  test('[W6] a clause a register recorded is found by its type and words, or refused when gone', () => {
    const { doc, fragment } = renderedTask();
    const recorded = { position: 1, clause: { type: TASK.type, text: TASK.text } };
    fragment.insert(0, [
      clauseElement({ type: 'task', text: 'uppdra åt kansliet att boka lokal' }),
    ]);
    setClauseDue(doc, 'i1', recorded, '2027-03-01');
    expect(readDecision(fragment)[2]).toEqual({ ...TASK, due: '2027-03-01' });
    expect(clausePosition(doc, 'i1', recorded)).toBe(2);

    fragment.delete(2, 1);
    const before = stateOf(doc);
    expect(thrownId(() => setClauseDue(doc, 'i1', recorded, null))).toBe('unknown_clause');
    expect(stateOf(doc)).toEqual(before);
  });
});
