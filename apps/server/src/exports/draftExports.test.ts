/**
 * Over HTTP, from the demo data: drafts say so in every format and locked minutes never do, and
 * attendance before the meeting is "Kallade". Text is extracted from the real PDF and DOCX.
 */
import { describe, expect, it } from 'vitest';
import { readMinutes } from '@anteckna/doc-schema';
import { apiClient } from '../testing/api.ts';
import { exportedTexts } from '../testing/exportedText.ts';
import { useDemoServer } from '../testing/demoServer.ts';

const demo = useDemoServer();

describe('drafts and attendance in the exports of the demo meetings', () => {
  it('every export of the circulated minutes says UTKAST on every page or at the top; the locked minutes’ never do', async () => {
    const { server, cookie, meetings } = await demo();
    const circulated = meetings.find((m) => m.phase === 'circulated')!;
    const draft = await exportedTexts(server.url, circulated.id, cookie);
    for (const page of [...draft.pdfPages, ...draft.packPdfPages])
      expect(page).toMatch(/UTKAST – ej godkänt · version \d{1,2} \w+ \d{4} kl\. \d\d\.\d\d/);
    for (const text of [draft.docx, draft.html, draft.packHtml, draft.markdown])
      expect(text).toContain('UTKAST – ej godkänt');

    const locked = meetings.find((m) => m.phase === 'locked')!;
    const final = await exportedTexts(server.url, locked.id, cookie);
    const all = [
      ...final.pdfPages,
      ...final.packPdfPages,
      final.docx,
      final.html,
      final.packHtml,
      final.markdown,
    ].join('\n');
    expect(all).not.toContain('UTKAST');
    // The held meetings are marked: absence is said in words, not only struck through.
    expect(final.pdfPages.join('\n')).toContain('(ej närvarande)');
    expect(final.docx).toContain('(ej närvarande)');
  });

  it('[P5] the meeting in preparation has nobody present: its exports list the members as called', async () => {
    const { server, cookie, meetings } = await demo();
    const preparation = meetings.find((m) => m.phase === 'preparation')!;
    const model = await server.deps.collab.readDoc(preparation.id, (room) => readMinutes(room.doc));
    const people = model.attendance.flatMap((group) => group.people).filter((p) => !p.vacant);
    expect(people.length).toBeGreaterThan(0);
    expect(people.every((person) => person.status === 'called')).toBe(true);
    expect(model.notRepresented).toEqual([]);
    const texts = await exportedTexts(server.url, preparation.id, cookie);
    for (const text of [texts.pdfPages.join('\n'), texts.docx, texts.html, texts.markdown]) {
      expect(text).toContain('Kallade');
      expect(text).not.toMatch(/Närvarande|Ej representerade/);
    }
  });

  it('[P5] a new meeting has nobody present', async () => {
    const { server, cookie, meetings } = await demo();
    const api = apiClient(server.url, cookie);
    const created = await api.post('/api/meetings', {
      bodyId: meetings[0]!.bodyId,
      title: 'Nytt möte',
      date: '2027-03-04',
    });
    expect(created.status).toBe(201);
    const model = await server.deps.collab.readDoc(created.json.id as string, (room) =>
      readMinutes(room.doc),
    );
    const statuses = model.attendance.flatMap((group) =>
      group.people.filter((p) => !p.vacant).map((p) => p.status),
    );
    expect(statuses.length).toBeGreaterThan(0);
    expect(new Set(statuses)).toEqual(new Set(['called']));
  });
});
