import { describe, expect, test } from 'vitest';
import * as Y from 'yjs';
import { itemFragment } from '../layout/docLayout.ts';
import { meetingOn } from '../testSupport/decisionMeeting.ts';
import { thrownId } from '../testSupport/thrownId.ts';
import { stateOf } from '../testSupport/updateCounter.ts';
import { readDecision } from './readDecision.ts';
import { setClauseDue } from './setClauseDue.ts';
import { writeDecisionClauses } from './writeDecisionClauses.ts';

describe('tasks and forwards followed up', () => {
  test('[U1] a task keeps its responsible and deadline, a forward its report-back date', () => {
    const doc = meetingOn('2026-12-10');
    const clauses = [
      {
        type: 'task' as const,
        text: 'uppdra åt RSS Dalarna att följa upp planen årligen',
        target: 'RSS Dalarna',
        due: '2027-06-30',
      },
      {
        type: 'forward' as const,
        text: 'avtalet skickas vidare för Välfärdsrådets ställningstagande',
        target: 'Välfärdsrådet',
        due: '2027-02-18',
      },
    ];
    writeDecisionClauses(itemFragment(doc, 'i1', 'decision'), clauses);
    const element = itemFragment(doc, 'i1', 'decision').get(0) as Y.XmlElement;
    expect(element.getAttribute('due')).toBe('2027-06-30');
    expect(readDecision(itemFragment(doc, 'i1', 'decision'))).toEqual(clauses);
  });

  test('[U1] a date before the meeting is refused with due_before_meeting, and nothing changes', () => {
    const doc = meetingOn('2026-12-10');
    const before = stateOf(doc);
    expect(
      thrownId(() =>
        writeDecisionClauses(itemFragment(doc, 'i1', 'decision'), [
          { type: 'task', text: 'uppdra åt RSS att rapportera', target: 'RSS', due: '2026-12-09' },
        ]),
      ),
    ).toBe('due_before_meeting');
    expect(stateOf(doc)).toEqual(before);
    // The meeting day itself is allowed ("senast på mötet").
    writeDecisionClauses(itemFragment(doc, 'i1', 'decision'), [
      { type: 'task', text: 'uppdra åt RSS att rapportera', target: 'RSS', due: '2026-12-10' },
    ]);
  });

  test('[U1] a date on another clause type, or not a real date, is refused with invalid_clause', () => {
    const doc = meetingOn('2026-12-10');
    const fragment = itemFragment(doc, 'i1', 'decision');
    for (const clause of [
      { type: 'approve' as const, text: 'godkänna planen', due: '2027-01-01' },
      { type: 'task' as const, text: 'uppdra åt RSS att göra något', due: '2027-02-30' },
      { type: 'task' as const, text: 'uppdra åt RSS att göra något', due: '1 mars 2027' },
    ]) {
      expect(
        thrownId(() => writeDecisionClauses(fragment, [clause])),
        clause.due,
      ).toBe('invalid_clause');
    }
  });

  test('[U2] a reader ignores a malformed date and a date on a clause that is not followed up', () => {
    const doc = meetingOn('2026-12-10');
    const fragment = itemFragment(doc, 'i1', 'decision');
    doc.transact(() => {
      for (const [type, due] of [
        ['task', 'snart'],
        ['note', '2027-01-01'],
      ] as const) {
        const element = new Y.XmlElement('decisionClause');
        element.setAttribute('clauseType', type);
        element.setAttribute('due', due);
        element.insert(0, [new Y.XmlText('göra något')]);
        fragment.push([element]);
      }
    });
    expect(readDecision(fragment)).toEqual([
      { type: 'task', text: 'göra något' },
      { type: 'note', text: 'göra något' },
    ]);
  });

  test('[U1] setClauseDue sets and removes the date of one clause in place, keeping its marks', () => {
    const doc = meetingOn('2026-12-10');
    const fragment = itemFragment(doc, 'i1', 'decision');
    writeDecisionClauses(fragment, [
      { type: 'approve', text: 'godkänna planen' },
      { type: 'task', text: 'uppdra åt RSS att följa upp', target: 'RSS' },
    ]);
    const text = (fragment.get(1) as Y.XmlElement).get(0) as Y.XmlText;
    text.format(0, 6, { bold: {} });
    setClauseDue(doc, 'i1', 1, '2027-03-01');
    expect(readDecision(fragment)[1]).toEqual({
      type: 'task',
      text: 'uppdra åt RSS att följa upp',
      target: 'RSS',
      due: '2027-03-01',
    });
    expect(((fragment.get(1) as Y.XmlElement).get(0) as Y.XmlText).toDelta()[0]).toEqual({
      insert: 'uppdra',
      attributes: { bold: {} },
    });
    expect(thrownId(() => setClauseDue(doc, 'i1', 1, '2026-01-01'))).toBe('due_before_meeting');
    expect(thrownId(() => setClauseDue(doc, 'i1', 0, '2027-03-01'))).toBe('invalid_clause');
    expect(thrownId(() => setClauseDue(doc, 'i1', 5, '2027-03-01'))).toBe('unknown_clause');
    setClauseDue(doc, 'i1', 1, null);
    expect(readDecision(fragment)[1]!.due).toBeUndefined();
  });
});
