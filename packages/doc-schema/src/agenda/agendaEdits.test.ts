import { describe, expect, test } from 'vitest';
import * as Y from 'yjs';
import { addAgendaItem } from './addAgendaItem.ts';
import { moveAgendaItem } from './moveAgendaItem.ts';
import { updateAgendaItem } from './updateAgendaItem.ts';
import { removeAgendaItem } from './removeAgendaItem.ts';
import { readMinutes } from '../readMinutes.ts';
import { agendaArray, itemFragment } from '../layout/docLayout.ts';
import { agendaWithStanding, numbersAndTitles } from '../testSupport/standingAgenda.ts';
import { changeElsewhere } from '../testSupport/changeElsewhere.ts';
import { thrownId } from '../testSupport/thrownId.ts';
import { countUpdates, stateOf } from '../testSupport/updateCounter.ts';

describe('changing the agenda', () => {
  test('[A5] moving an item takes its sub-items along and keeps its text', () => {
    const doc = agendaWithStanding();
    addAgendaItem(doc, {
      id: 'a',
      kind: 'beslut',
      title: 'A',
      body: [{ type: 'paragraph', runs: [{ text: 'text A' }] }],
    });
    addAgendaItem(doc, { id: 'b', kind: 'rapport', title: 'B' });
    addAgendaItem(doc, { id: 'b1', parentId: 'b', kind: 'information', title: 'B1' });
    moveAgendaItem(doc, 'b', { index: 3 });
    expect(numbersAndTitles(doc).slice(3, 6)).toEqual(['4 B', '4 a B1', '5 A']);
    expect(readMinutes(doc).items.find((item) => item.id === 'a')!.body).toEqual([
      { type: 'paragraph', runs: [{ text: 'text A' }] },
    ]);
    moveAgendaItem(doc, 'a', { parentId: 'b', index: 0 });
    expect(numbersAndTitles(doc).slice(3, 6)).toEqual(['4 B', '4 a A', '4 b B1']);
    moveAgendaItem(doc, 'b1', { parentId: null, index: 0 });
    expect(numbersAndTitles(doc)[0]).toBe('1 B1');
  });

  test('[A4][A5][W3] a move is one update; an item with sub-items cannot become a sub-item', () => {
    const doc = agendaWithStanding();
    addAgendaItem(doc, { id: 'b', kind: 'rapport', title: 'B' });
    addAgendaItem(doc, { id: 'b1', parentId: 'b', kind: 'information', title: 'B1' });
    const before = stateOf(doc);
    expect(thrownId(() => moveAgendaItem(doc, 'b', { parentId: 'opening', index: 0 }))).toBe(
      'sub_item_too_deep',
    );
    expect(thrownId(() => moveAgendaItem(doc, 'opening', { parentId: 'b1', index: 0 }))).toBe(
      'sub_item_too_deep',
    );
    expect(thrownId(() => moveAgendaItem(doc, 'b', { index: 9 }))).toBe('invalid_position');
    expect(thrownId(() => moveAgendaItem(doc, 'nope', { index: 0 }))).toBe('unknown_item');
    expect(stateOf(doc)).toBe(before);
    const counter = countUpdates(doc);
    moveAgendaItem(doc, 'b', { index: 0 });
    expect(counter.count).toBe(1);
  });

  test('[A4] after concurrent moves of one item the first copy counts and the item is listed once', () => {
    const a = agendaWithStanding();
    addAgendaItem(a, { id: 'x', kind: 'beslut', title: 'X' });
    const b = new Y.Doc();
    Y.applyUpdate(b, Y.encodeStateAsUpdate(a));
    moveAgendaItem(a, 'x', { index: 0 });
    moveAgendaItem(b, 'x', { index: 1 });
    Y.applyUpdate(a, Y.encodeStateAsUpdate(b));
    Y.applyUpdate(b, Y.encodeStateAsUpdate(a));
    expect(readMinutes(a).items.filter((item) => item.id === 'x')).toHaveLength(1);
    expect(readMinutes(a)).toEqual(readMinutes(b));
  });

  test('[A4] a sub-item whose parent is gone reads as a top-level item', () => {
    const doc = new Y.Doc();
    addAgendaItem(doc, { id: 'p', kind: 'rapport', title: 'P' });
    addAgendaItem(doc, { id: 'c', parentId: 'p', kind: 'information', title: 'C' });
    agendaArray(doc).delete(0, 1);
    expect(readMinutes(doc).items[0]).toMatchObject({
      id: 'c',
      number: '1',
      depth: 0,
      parentId: null,
    });
  });

  test('[W4] updating writes only what changes', () => {
    const doc = new Y.Doc();
    addAgendaItem(doc, { id: 'i1', kind: 'beslut', title: 'Budget' });
    const counter = countUpdates(doc);
    updateAgendaItem(doc, 'i1', { title: 'Budget', kind: 'beslut' });
    expect(counter.count).toBe(0);
    updateAgendaItem(doc, 'i1', {
      title: 'Budget 2025',
      late: true,
      carriedFrom: { meetingId: 'm0', itemId: 'i9', bodyName: 'LCHNV', date: '2024-11-07' },
    });
    expect(counter.count).toBe(1);
    expect(readMinutes(doc).items[0]).toMatchObject({
      title: 'Budget 2025',
      late: true,
      carriedFrom: { meetingId: 'm0' },
    });
    updateAgendaItem(doc, 'i1', { carriedFrom: null });
    expect(readMinutes(doc).items[0]!.carriedFrom).toBeUndefined();
  });

  test('[W6] a change made from the item as stored keeps a presenter added since the render', () => {
    const doc = new Y.Doc();
    addAgendaItem(doc, {
      id: 'i1',
      kind: 'beslut',
      title: 'Budget',
      presenters: [{ userId: 'u1', name: 'Karin Åberg' }],
    });
    // What a form rendered; then someone else adds a presenter.
    const rendered = readMinutes(doc).items[0]!.presenters;
    changeElsewhere(doc, (other) =>
      updateAgendaItem(other, 'i1', (current) => ({
        presenters: [...current.presenters, { name: 'Per Öberg', organisation: 'Orsa' }],
      })),
    );
    updateAgendaItem(doc, 'i1', (current) => ({
      presenters: current.presenters.filter((person) => person.userId !== rendered[0]!.userId),
    }));
    expect(readMinutes(doc).items[0]).toMatchObject({
      presenters: [{ name: 'Per Öberg', organisation: 'Orsa' }],
      presenterIds: [],
    });
    expect(thrownId(() => updateAgendaItem(doc, 'gone', () => ({ title: 'x' })))).toBe(
      'unknown_item',
    );
  });

  test('[A9] an item with clauses cannot be withdrawn until they are removed', () => {
    const doc = new Y.Doc();
    addAgendaItem(doc, {
      id: 'i1',
      kind: 'beslut',
      title: 'Budget',
      decision: [{ type: 'approve', text: 'godkänna budgeten' }],
    });
    expect(thrownId(() => updateAgendaItem(doc, 'i1', { status: 'withdrawn' }))).toBe(
      'clause_on_withdrawn_item',
    );
    expect(thrownId(() => updateAgendaItem(doc, 'nope', { status: 'tabled' }))).toBe(
      'unknown_item',
    );
    expect(
      thrownId(() => updateAgendaItem(doc, 'i1', { attachments: [{ id: 'x' } as never] })),
    ).toBe('invalid_attachment');
  });

  test('[A7][D4] removing an item removes its sub-items and empties their fields', () => {
    const doc = new Y.Doc();
    addAgendaItem(doc, {
      id: 'p',
      kind: 'rapport',
      title: 'P',
      body: [{ type: 'paragraph', runs: [{ text: 'x' }] }],
    });
    addAgendaItem(doc, {
      id: 'c',
      parentId: 'p',
      kind: 'information',
      title: 'C',
      decision: [{ type: 'note', text: 'lägga informationen till handlingarna' }],
    });
    addAgendaItem(doc, { id: 'q', kind: 'beslut', title: 'Q' });
    const counter = countUpdates(doc);
    removeAgendaItem(doc, 'p');
    expect(counter.count).toBe(1);
    expect(numbersAndTitles(doc)).toEqual(['1 Q']);
    expect(itemFragment(doc, 'p', 'body').length).toBe(0);
    expect(itemFragment(doc, 'c', 'decision').length).toBe(0);
    expect(thrownId(() => removeAgendaItem(doc, 'p'))).toBe('unknown_item');
  });
});
