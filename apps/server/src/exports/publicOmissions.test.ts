import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { addAgendaItem, initMeetingDoc, readMinutes } from '@anteckna/doc-schema';
import { publicOmissions } from './publicOmissions.ts';

const attachment = (id: string, internal: boolean) => ({
  id,
  fileName: `${id}.pdf`,
  sha256: '0'.repeat(64),
  size: 1,
  mediaType: 'application/pdf',
  internal,
});

describe('publicOmissions', () => {
  it('names internal items once (not their sub-items) and internal attachments of shown items', () => {
    const doc = new Y.Doc();
    initMeetingDoc(
      doc,
      { bodyName: 'Nätverket', bodyShortName: 'N', title: 'M', date: '2026-09-17' },
      [],
    );
    addAgendaItem(doc, {
      id: 'open',
      kind: 'information',
      title: 'Öppen',
      attachments: [attachment('a1', false), attachment('a2', true)],
    });
    const secret = addAgendaItem(doc, {
      id: 'secret',
      kind: 'information',
      title: 'Intern',
      internal: true,
      attachments: [attachment('a3', true)],
    });
    addAgendaItem(doc, { id: 'child', kind: 'information', title: 'Under', parentId: secret });
    expect(publicOmissions(readMinutes(doc))).toEqual({ items: ['2'], attachments: ['Bilaga 2'] });
  });

  it('is empty for minutes with nothing internal', () => {
    const doc = new Y.Doc();
    initMeetingDoc(
      doc,
      { bodyName: 'Nätverket', bodyShortName: 'N', title: 'M', date: '2026-09-17' },
      [],
    );
    addAgendaItem(doc, { kind: 'beslut', title: 'Öppen' });
    expect(publicOmissions(readMinutes(doc))).toEqual({ items: [], attachments: [] });
  });
});
