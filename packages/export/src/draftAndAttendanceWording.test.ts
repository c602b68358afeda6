/**
 * What every format says about the state of the minutes and about each person, read back from
 * the real files: text extracted from the PDF (through pdf.js, as a screen reader or a search
 * index gets it) and from the DOCX parts, and the HTML and Markdown as written.
 */
import { describe, expect, it } from 'vitest';
import type { MinutesModel } from '@anteckna/doc-schema';
import { edgeCaseMinutes } from './fixtures/edgeCaseMinutes.ts';
import { seed001Minutes } from './fixtures/seed001Minutes.ts';
import { seed004Pack } from './fixtures/seed004Pack.ts';
import { allFormats } from './testing/allFormats.ts';

const DRAFT = 'UTKAST – ej godkänt';

function withPhase(model: MinutesModel, phase: MinutesModel['meeting']['phase']): MinutesModel {
  return { ...model, meeting: { ...model.meeting, phase } };
}

describe('drafts say so; locked minutes never do', () => {
  it('circulated minutes carry "UTKAST – ej godkänt" and the version’s time on every PDF page, in the DOCX header and at the top of HTML and Markdown', async () => {
    const files = await allFormats(seed001Minutes, { versionTime: '2024-12-20T13:05:00Z' });
    const line = `${DRAFT} · version 20 december 2024 kl. 14.05`;
    expect(files.pdfPages.length).toBeGreaterThan(1);
    for (const page of files.pdfPages) expect(page).toContain(line);
    expect(files.docxHeaders.length).toBeGreaterThan(0);
    for (const header of files.docxHeaders) expect(header).toContain(line);
    expect(files.docxBody.split('\n').find((text) => text.trim())).toBe(line);
    // At the top: before the title of the document.
    expect(files.html.indexOf(line)).toBeGreaterThan(0);
    expect(files.html.indexOf(line)).toBeLessThan(files.html.indexOf('<h1'));
    expect(files.markdown.indexOf(line)).toBeLessThan(
      files.markdown.indexOf('# Minnesanteckningar'),
    );
  });

  it('the meeting pack of minutes not yet locked is a draft too, dated by the document date when no version time is given', async () => {
    const files = await allFormats(seed004Pack, {}, 'pack');
    const line = `${DRAFT} · version 28 februari 2020`;
    for (const page of files.pdfPages) expect(page).toContain(line);
    for (const header of files.docxHeaders) expect(header).toContain(line);
    expect(files.html).toContain(line);
    expect(files.markdown).toContain(line);
  });

  it('locked minutes and their pack carry no draft notice in any format', async () => {
    for (const kind of ['minutes', 'pack'] as const) {
      const files = await allFormats(withPhase(seed001Minutes, 'locked'), {}, kind);
      const everything = [
        ...files.pdfPages,
        files.docxBody,
        ...files.docxHeaders,
        files.html,
        files.markdown,
      ].join('\n');
      expect(everything).not.toContain('UTKAST');
    }
  });
});

describe('attendance in words ([P5], [P6] of the document spec)', () => {
  it('absence is said in words beside the struck name in PDF text, DOCX, HTML and Markdown', async () => {
    const files = await allFormats(edgeCaseMinutes);
    const said = 'Bertil Berg, Fritidschef (ej närvarande)';
    expect(files.pdfPages.join('\n')).toContain(said);
    expect(files.docxBody).toContain(said);
    expect(files.html).toContain('<s>Bertil Berg, Fritidschef</s> (ej närvarande)');
    expect(files.markdown).toContain('~~Bertil Berg, Fritidschef~~ (ej närvarande)');
  });

  it('before anyone is marked the list is headed "Kallade", claims nobody present and names nobody as not represented', async () => {
    const called: MinutesModel = {
      ...withPhase(seed001Minutes, 'preparation'),
      attendance: seed001Minutes.attendance.map((group) => ({
        ...group,
        people: group.people.map((entry) => ({
          ...entry,
          status: entry.vacant ? ('absent' as const) : ('called' as const),
        })),
      })),
      notRepresented: [],
    };
    const files = await allFormats(called);
    const pdfText = files.pdfPages.join('\n');
    for (const text of [pdfText, files.docxBody, files.html, files.markdown]) {
      expect(text).toContain('Kallade');
      expect(text).not.toContain('Närvarande');
      expect(text).not.toContain('Ej representerade');
      expect(text).not.toContain('ej närvarande');
    }
    expect(pdfText).toContain('Organisation Kallade Avesta Anna-Karin Stillfors');
  });

  it('part of the meeting and taking part remotely are said with the items’ numbers', async () => {
    const [first, ...rest] = seed001Minutes.attendance;
    const [anna, ...others] = first!.people;
    const sixth = seed001Minutes.items.find((item) => item.number === '6')!;
    const fourB = seed001Minutes.items.find((item) => item.number === '4 b')!;
    const model: MinutesModel = {
      ...seed001Minutes,
      meeting: { ...seed001Minutes.meeting, mode: 'both' },
      attendance: [
        {
          ...first!,
          people: [
            { ...anna!, fromItem: sixth.id, untilItem: sixth.id, where: 'remote' },
            ...others,
          ],
        },
        ...rest.map((group, index) =>
          index === 0
            ? {
                ...group,
                people: group.people.map((entry, at) =>
                  at === 0 ? { ...entry, fromItem: fourB.id, untilItem: sixth.id } : entry,
                ),
              }
            : group,
        ),
      ],
    };
    const files = await allFormats(model);
    for (const text of [files.pdfPages.join('\n'), files.docxBody, files.html, files.markdown]) {
      expect(text).toContain('Anna-Karin Stillfors (på distans, närvarande under punkt 6)');
      expect(text).toContain('Johanna Munters (närvarande under punkt 4 b–6)');
    }
  });
});
