import { describe, expect, test } from 'vitest';
import * as Y from 'yjs';
import { addAgendaItem } from './addAgendaItem.ts';
import { updateAgendaItem } from './updateAgendaItem.ts';
import { standingItems } from './standingItems.ts';
import { subItemLetter } from './agendaNumbering.ts';
import { readMinutes } from '../readMinutes.ts';
import { agendaArray } from '../layout/docLayout.ts';
import { agendaWithStanding, numbersAndTitles } from '../testSupport/standingAgenda.ts';
import { thrownId } from '../testSupport/thrownId.ts';
import { countUpdates, stateOf } from '../testSupport/updateCounter.ts';

describe('the agenda', () => {
  test('[A6] standing items come in the minutes’ order with their kinds', () => {
    expect(standingItems().map((item) => [item.title, item.standing, item.kind])).toEqual([
      ['Mötets öppnande', 'opening', 'beslut'],
      ['Godkännande av dagordning', 'agenda_approval', 'beslut'],
      ['Föregående minnesanteckningar', 'previous_minutes', 'beslut'],
      ['Övriga frågor', 'any_other_business', 'information'],
      ['Avslutning', 'closing', 'information'],
    ]);
  });

  test('[A5][A3] a new item goes before Övriga frågor and Avslutning, and numbers follow', () => {
    const doc = agendaWithStanding();
    addAgendaItem(doc, { id: 'x', kind: 'beslut', title: 'Budget' });
    expect(numbersAndTitles(doc)).toEqual([
      '1 Mötets öppnande',
      '2 Godkännande av dagordning',
      '3 Föregående minnesanteckningar',
      '4 Budget',
      '5 Övriga frågor',
      '6 Avslutning',
    ]);
  });

  test('[A3][A5] sub-items are lettered under their parent in order, at a given position', () => {
    const doc = agendaWithStanding();
    addAgendaItem(doc, { id: 'r', kind: 'rapport', title: 'Rapporter' });
    addAgendaItem(doc, { id: 'ra', parentId: 'r', kind: 'information', title: 'Första' });
    addAgendaItem(doc, { id: 'rc', parentId: 'r', kind: 'information', title: 'Tredje' });
    addAgendaItem(doc, { id: 'rb', parentId: 'r', kind: 'information', title: 'Andra' }, 1);
    addAgendaItem(doc, { id: 'y', kind: 'beslut', title: 'Sist före övriga' });
    expect(numbersAndTitles(doc).slice(3, 8)).toEqual([
      '4 Rapporter',
      '4 a Första',
      '4 b Andra',
      '4 c Tredje',
      '5 Sist före övriga',
    ]);
    expect(readMinutes(doc).items.find((item) => item.id === 'rb')).toMatchObject({
      depth: 1,
      parentId: 'r',
    });
  });

  test('[A3] letters run on past z', () => {
    expect([0, 25, 26, 27, 51, 52].map(subItemLetter)).toEqual(['a', 'z', 'aa', 'ab', 'az', 'ba']);
  });

  test('[A1][A2] the stored record is plain values, and presenterIds follow the presenters with accounts', () => {
    const doc = new Y.Doc();
    addAgendaItem(doc, {
      id: 'i1',
      kind: 'information',
      title: 'Cosmic Link',
      presenters: [
        { userId: 'u1', name: 'Agneta Roos', title: 'Planeringschef' },
        { name: 'Mona Selin' },
        { userId: 'u1', name: 'Agneta Roos' },
      ],
    });
    const map = agendaArray(doc).get(0);
    expect(map.toJSON()).toMatchObject({
      id: 'i1',
      parentId: null,
      kind: 'information',
      status: 'active',
      presenterIds: ['u1'],
    });
    for (const value of map.values()) expect(value instanceof Y.AbstractType).toBe(false);
    updateAgendaItem(doc, 'i1', { presenters: [{ userId: 'u2', name: 'Karolina Vik' }] });
    expect(readMinutes(doc).items[0]!.presenterIds).toEqual(['u2']);
  });

  test('[A1][R2] an entry a stock client wrote with only id and title reads with defaults', () => {
    const doc = new Y.Doc();
    const map = new Y.Map<unknown>();
    map.set('id', 'stock');
    map.set('title', 'Från en annan klient');
    map.set('presenterIds', ['u9']);
    agendaArray(doc).push([map]);
    expect(readMinutes(doc).items[0]).toMatchObject({
      id: 'stock',
      number: '1',
      kind: 'information',
      status: 'active',
      presenterIds: ['u9'],
      presenters: [],
      body: [],
      decision: [],
    });
  });

  test('[A4][D2] ids, parents and depth are checked and a refused add changes nothing', () => {
    const doc = agendaWithStanding();
    addAgendaItem(doc, { id: 'r', kind: 'rapport', title: 'Rapporter' });
    addAgendaItem(doc, { id: 'ra', parentId: 'r', kind: 'information', title: 'a' });
    const before = stateOf(doc);
    expect(
      thrownId(() =>
        addAgendaItem(doc, { id: 'rx', parentId: 'ra', kind: 'information', title: 'x' }),
      ),
    ).toBe('sub_item_too_deep');
    expect(
      thrownId(() =>
        addAgendaItem(doc, { id: 'rx', parentId: 'nope', kind: 'information', title: 'x' }),
      ),
    ).toBe('unknown_parent');
    expect(thrownId(() => addAgendaItem(doc, { id: 'r', kind: 'information', title: 'x' }))).toBe(
      'duplicate_item_id',
    );
    expect(thrownId(() => addAgendaItem(doc, { id: 'a:b', kind: 'information', title: 'x' }))).toBe(
      'invalid_id',
    );
    expect(thrownId(() => addAgendaItem(doc, { kind: 'möte' as 'beslut', title: 'x' }))).toBe(
      'invalid_item_field',
    );
    expect(thrownId(() => addAgendaItem(doc, { kind: 'beslut', title: 'x' }, 99))).toBe(
      'invalid_position',
    );
    expect(stateOf(doc)).toBe(before);
  });

  test('[D2] a generated id fits a root name', () => {
    const doc = new Y.Doc();
    const id = addAgendaItem(doc, { kind: 'beslut', title: 'Utan id' });
    expect(id).toMatch(/^[A-Za-z0-9_-]{1,64}$/);
  });

  test('[A5][W3] an item with its first text is added in one update', () => {
    const doc = new Y.Doc();
    const counter = countUpdates(doc);
    addAgendaItem(doc, {
      id: 'i1',
      kind: 'beslut',
      title: 'Budget',
      body: [{ type: 'paragraph', runs: [{ text: 'Bakgrund' }] }],
      proposal: [{ type: 'paragraph', runs: [{ text: 'att godkänna budgeten' }] }],
      decision: [{ type: 'approve', text: 'godkänna budgeten' }],
    });
    expect(counter.count).toBe(1);
    expect(readMinutes(doc).items[0]).toMatchObject({
      body: [{ type: 'paragraph', runs: [{ text: 'Bakgrund' }] }],
      decision: [{ type: 'approve', text: 'godkänna budgeten' }],
    });
  });

  test('[A8] attachments are numbered through the meeting in agenda order from the first number', () => {
    const doc = new Y.Doc();
    const attachment = (id: string) => ({
      id,
      fileName: `${id}.pdf`,
      sha256: '0'.repeat(64),
      size: 1,
      mediaType: 'application/pdf',
      internal: false,
    });
    doc.getMap('meeting').set('firstAttachmentNumber', 9);
    addAgendaItem(doc, {
      id: 'b',
      kind: 'beslut',
      title: 'B',
      attachments: [attachment('b1'), attachment('b2')],
    });
    addAgendaItem(doc, { id: 'a', kind: 'beslut', title: 'A', attachments: [attachment('a1')] }, 0);
    addAgendaItem(doc, {
      id: 'b-sub',
      parentId: 'b',
      kind: 'information',
      title: 'Bs',
      attachments: [attachment('s1')],
    });
    const labels = readMinutes(doc).items.flatMap((item) =>
      item.attachments.map((a) => `${a.id}:${a.label}`),
    );
    expect(labels).toEqual(['a1:Bilaga 9', 'b1:Bilaga 10', 'b2:Bilaga 11', 's1:Bilaga 12']);
  });

  test('[A8] attachments that join the one before them share its number, lettered like 18a–18f', () => {
    const doc = new Y.Doc();
    const attachment = (id: string, joinsPrevious?: boolean) => ({
      id,
      fileName: `${id}.pdf`,
      sha256: '0'.repeat(64),
      size: 1,
      mediaType: 'application/pdf',
      internal: false,
      ...(joinsPrevious === undefined ? {} : { joinsPrevious }),
    });
    doc.getMap('meeting').set('firstAttachmentNumber', 15);
    addAgendaItem(doc, {
      id: 'directive',
      kind: 'beslut',
      title: 'Uppdragsdirektiv',
      // Seed 004 item 12: two attachments of one item, each with its own number.
      attachments: [attachment('d1'), attachment('d2')],
    });
    addAgendaItem(doc, {
      id: 'evaluation',
      kind: 'information',
      title: 'Utvärdering av TN-platser',
      // A joinsPrevious on the first attachment has nothing to join and is ignored.
      attachments: [
        attachment('e1', true),
        ...['e2', 'e3', 'e4', 'e5', 'e6'].map((id) => attachment(id, true)),
      ],
    });
    addAgendaItem(doc, { id: 'next', kind: 'beslut', title: 'N', attachments: [attachment('n1')] });
    const labels = readMinutes(doc).items.flatMap((item) => item.attachments.map((a) => a.label));
    expect(labels).toEqual([
      'Bilaga 15',
      'Bilaga 16',
      'Bilaga 17a',
      'Bilaga 17b',
      'Bilaga 17c',
      'Bilaga 17d',
      'Bilaga 17e',
      'Bilaga 17f',
      'Bilaga 18',
    ]);
  });
});
