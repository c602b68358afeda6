import { describe, expect, test } from 'vitest';
import * as Y from 'yjs';
import { itemRootName, mayWrite } from '@anteckna/domain';
import type { Actor, Phase } from '@anteckna/domain';
import { isValidId, readItemFragment, rootNameOf } from './docLayout.ts';
import { readMinutes } from '../readMinutes.ts';
import { readAgendaRecords } from '../agenda/agendaRecord.ts';
import { addAgendaItem } from '../agenda/addAgendaItem.ts';
import { buildSeed001Doc } from '../fixtures/seed001.ts';
import { FIXTURE_USER_IDS } from '../fixtures/fixtureParts.ts';

describe('the layout', () => {
  test('[D2] item ids fit the root names of @anteckna/domain', () => {
    expect(['s001-04a', 'a_b', 'x'.repeat(64)].every(isValidId)).toBe(true);
    expect(['', 'a:b', 'x'.repeat(65), 'å', 7].some(isValidId)).toBe(false);
  });

  test('[T4] a fragment knows its root name; a nested one has none', () => {
    const doc = new Y.Doc();
    expect(rootNameOf(doc.getXmlFragment('item:a:body'))).toBe('item:a:body');
    expect(rootNameOf(new Y.XmlFragment())).toBeNull();
  });

  test('[R2] a field root defined as another type reads as empty', () => {
    const doc = new Y.Doc();
    addAgendaItem(doc, { id: 'i1', kind: 'beslut', title: 'Budget' });
    doc.getText(itemRootName('i1', 'body')).insert(0, 'inte TipTap');
    expect(readItemFragment(doc, 'i1', 'body')).toBeNull();
    expect(readMinutes(doc).items[0]!.body).toEqual([]);
  });

  test('[D4] roots of ids not on the agenda are ignored', () => {
    const doc = new Y.Doc();
    doc.getXmlFragment('item:ghost:body').insert(0, [new Y.XmlElement('paragraph')]);
    expect(readMinutes(doc).items).toEqual([]);
  });

  test('[W1] the agenda’s presenterIds give presenters their own fields in preparation only', () => {
    const doc = buildSeed001Doc();
    const records = readAgendaRecords(doc);
    const meeting = (phase: Phase) => ({
      phase,
      presenterIdsOf: (itemId: string) =>
        records.find((record) => record.id === itemId)?.presenterIds ?? [],
    });
    const presenter: Actor = { userId: FIXTURE_USER_IDS.presenter1, bodyRole: null };
    const secretary: Actor = { userId: 'sec', bodyRole: 'secretary' };
    const member: Actor = { userId: 'm', bodyRole: 'member' };
    const own = records.find((record) => record.presenterIds.includes(presenter.userId))!.id;
    const other = records.find((record) => !record.presenterIds.includes(presenter.userId))!.id;
    const allowed = (actor: Actor, root: string, phase: Phase) =>
      mayWrite(actor, root, meeting(phase)).allowed;
    expect(allowed(presenter, itemRootName(own, 'body'), 'preparation')).toBe(true);
    expect(allowed(presenter, itemRootName(own, 'proposal'), 'preparation')).toBe(true);
    expect(allowed(presenter, itemRootName(own, 'decision'), 'preparation')).toBe(false);
    expect(allowed(presenter, itemRootName(other, 'body'), 'preparation')).toBe(false);
    expect(allowed(presenter, itemRootName(own, 'body'), 'live')).toBe(false);
    expect(allowed(presenter, 'agenda', 'preparation')).toBe(false);
    for (const phase of ['planned', 'preparation', 'live', 'circulated'] as const) {
      for (const root of ['meeting', 'agenda', 'attendance', itemRootName(own, 'decision')])
        expect(allowed(secretary, root, phase)).toBe(true);
    }
    expect(allowed(secretary, 'agenda', 'locked')).toBe(false);
    expect(allowed(member, itemRootName(own, 'body'), 'preparation')).toBe(false);
  });
});
