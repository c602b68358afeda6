import { describe, expect, test } from 'vitest';
import * as Y from 'yjs';
import { getSchema } from '@tiptap/core';
import { prosemirrorJSONToYXmlFragment, yXmlFragmentToProsemirrorJSON } from '@tiptap/y-tiptap';
import { itemFragment } from '../layout/docLayout.ts';
import { ELECTED_CHAIR, meetingOn } from '../testSupport/decisionMeeting.ts';
import { decisionExtensions } from '../editor/minutesExtensions.ts';
import { thrownId } from '../testSupport/thrownId.ts';
import { stateOf } from '../testSupport/updateCounter.ts';
import type { DecisionClause } from '../minutesModel.ts';
import { electionTermText, withElectionTerm } from './election.ts';
import { inferClause } from './inferClause.ts';
import { readDecision } from './readDecision.ts';
import { updateClauseAttributes } from './setClauseDue.ts';
import { writeDecisionClauses } from './writeDecisionClauses.ts';

const meeting = () => meetingOn('2026-12-10', 'val');
const chair = ELECTED_CHAIR;

const decision = (doc: Y.Doc) => itemFragment(doc, 'i1', 'decision');

describe('elections with a term', () => {
  test('[V1] an election keeps who (a person of the body or a name), the role and the term', () => {
    const doc = meeting();
    const outsider: DecisionClause = {
      type: 'elect',
      text: 'välja Nils Holm till adjungerad',
      target: 'Nils Holm',
      role: 'adjungerad',
      termFrom: '2027-01-01',
    };
    writeDecisionClauses(decision(doc), [chair, outsider]);
    const element = decision(doc).get(0) as Y.XmlElement;
    expect(element.getAttribute('role')).toBe('ordförande');
    expect(element.getAttribute('termTo')).toBe('2028-12-31');
    expect(readDecision(decision(doc))).toEqual([chair, outsider]);
  });

  test('[V1] the attributes on another clause type, a blank role or a non-date are refused', () => {
    const doc = meeting();
    const before = stateOf(doc);
    const bad: DecisionClause[] = [
      { type: 'note', text: 'lägga informationen till handlingarna', role: 'ordförande' },
      { ...chair, role: '  ' },
      { ...chair, termFrom: '2027-02-30' },
      { ...chair, personId: 'not an id' },
    ];
    for (const clause of bad) {
      expect(thrownId(() => writeDecisionClauses(decision(doc), [clause]))).toBe('invalid_clause');
    }
    expect(stateOf(doc)).toEqual(before);
  });

  test('[V1] the decision editor keeps the election attributes when the text is edited', () => {
    const doc = meeting();
    writeDecisionClauses(decision(doc), [chair]);
    const schema = getSchema(decisionExtensions);
    const json = yXmlFragmentToProsemirrorJSON(decision(doc));
    const node = schema.nodeFromJSON(json);
    const copy = new Y.Doc();
    const fragment = copy.getXmlFragment('f');
    prosemirrorJSONToYXmlFragment(schema, node.toJSON(), fragment);
    expect(readDecision(fragment)).toEqual([chair]);
  });

  test('[V2] a term ending before it starts is refused with election_term_reversed, nothing written', () => {
    const doc = meeting();
    const before = stateOf(doc);
    const reversed = { ...chair, termFrom: '2028-12-31', termTo: '2027-01-01' };
    expect(thrownId(() => writeDecisionClauses(decision(doc), [reversed]))).toBe(
      'election_term_reversed',
    );
    expect(stateOf(doc)).toEqual(before);
    writeDecisionClauses(decision(doc), [
      { ...chair, termFrom: '2027-01-01', termTo: '2027-01-01' },
    ]);
    expect(readDecision(decision(doc))[0]?.termTo).toBe('2027-01-01');
  });

  test('[V2] updateClauseAttributes changes one clause in place and refuses a reversed term', () => {
    const doc = meeting();
    writeDecisionClauses(decision(doc), [
      { type: 'elect', text: 'välja Anna Berg till ordförande', target: 'Anna Berg' },
    ]);
    updateClauseAttributes(doc, 'i1', 0, { role: 'ordförande', termFrom: '2027-01-01' });
    const before = stateOf(doc);
    expect(thrownId(() => updateClauseAttributes(doc, 'i1', 0, { termTo: '2026-12-31' }))).toBe(
      'election_term_reversed',
    );
    expect(stateOf(doc)).toEqual(before);
    updateClauseAttributes(doc, 'i1', 0, { termTo: '2028-12-31', personId: 'u-anna' });
    expect(readDecision(decision(doc))).toEqual([chair]);
    updateClauseAttributes(doc, 'i1', 0, { termTo: null });
    expect(readDecision(decision(doc))[0]).not.toHaveProperty('termTo');
  });

  test('[V3] readers return the attributes only on an election, and drop an end before the start', () => {
    const doc = meeting();
    const fragment = decision(doc);
    doc.transact(() => {
      const note = new Y.XmlElement('decisionClause');
      note.setAttribute('clauseType', 'note');
      note.setAttribute('role', 'ordförande');
      note.insert(0, [new Y.XmlText('lägga informationen till handlingarna')]);
      const elect = new Y.XmlElement('decisionClause');
      elect.setAttribute('clauseType', 'elect');
      elect.setAttribute('termFrom', '2028-01-01');
      elect.setAttribute('termTo', '2027-01-01');
      elect.setAttribute('role', 'ordförande');
      elect.insert(0, [new Y.XmlText('välja Anna Berg till ordförande')]);
      fragment.insert(0, [note, elect]);
    });
    const [note, elect] = readDecision(fragment);
    expect(note).toEqual({ type: 'note', text: 'lägga informationen till handlingarna' });
    expect(elect).toEqual({
      type: 'elect',
      text: 'välja Anna Berg till ordförande',
      role: 'ordförande',
      termFrom: '2028-01-01',
    });
  });

  test('[V4] the term in words: a period, or one end', () => {
    expect(electionTermText(chair)).toBe('för perioden 2027-01-01 – 2028-12-31');
    expect(electionTermText({ termFrom: '2027-01-01' })).toBe('från och med 2027-01-01');
    expect(electionTermText({ termTo: '2028-12-31' })).toBe('till och med 2028-12-31');
    expect(electionTermText({})).toBe('');
    expect(withElectionTerm(chair)).toBe(
      'välja Anna Berg till ordförande för perioden 2027-01-01 – 2028-12-31',
    );
    const named = 'välja Anna Berg till ordförande för perioden 2027-01-01 – 2028-12-31';
    expect(withElectionTerm({ ...chair, text: named })).toBe(named);
    expect(withElectionTerm({ type: 'note', text: 'lägga informationen till handlingarna' })).toBe(
      'lägga informationen till handlingarna',
    );
  });

  test('[V5] the role and term are read from the wording', () => {
    expect(
      inferClause('välja Anna Berg till ordförande för perioden 2027-01-01 – 2028-12-31'),
    ).toMatchObject({
      type: 'elect',
      target: 'Anna Berg',
      role: 'ordförande',
      termFrom: '2027-01-01',
      termTo: '2028-12-31',
    });
    expect(inferClause('utse Tomas Engström, divisionschef, till vice ordförande')).toMatchObject({
      role: 'vice ordförande',
    });
    expect(inferClause('utse Camilla Sjö till ordförande för 2027')).toMatchObject({
      role: 'ordförande',
      termFrom: '2027-01-01',
      termTo: '2027-12-31',
    });
    expect(inferClause('välja Per Ek till sekreterare från och med 2027-03-01')).toMatchObject({
      role: 'sekreterare',
      termFrom: '2027-03-01',
    });
    expect(inferClause('välja Per Ek till sekreterare från och med 2027-03-01')).not.toHaveProperty(
      'termTo',
    );
  });
});
