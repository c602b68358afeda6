import { describe, expect, it } from 'vitest';
import { edgeCaseMinutes } from '../fixtures/edgeCaseMinutes.ts';
import { seed001Minutes } from '../fixtures/seed001Minutes.ts';
import { seed002Minutes } from '../fixtures/seed002Minutes.ts';
import { expectInOrder } from '../testing/pdfInspection.ts';
import { escapeLineStart, escapeMarkdown } from './escapeMarkdown.ts';
import { renderMinutesMarkdown } from './renderMarkdown.ts';

describe('renderMinutesMarkdown', () => {
  it('starts with the header lines, then the title and the meeting block', () => {
    const { text } = renderMinutesMarkdown(seed001Minutes);
    expect(text.startsWith('RSS Dalarna (Avdelningen för Hälsa och välfärd)  \n')).toBe(true);
    expectInOrder(text, [
      '**Minnesanteckningar** · Datum: 2024-12-20 · Dnr: HSN 2024/1905',
      '# Minnesanteckningar Länschefsnätverket',
      'Datum: 19 december 2024',
      'Tid: Kl. 09.30–12.00',
    ]);
  });

  it('writes items as headings with the kind in bold and clauses on their own lines', () => {
    const { text } = renderMinutesMarkdown(seed001Minutes);
    expect(text).toContain('\n### a) **Information:** Cosmic Link\n');
    expect(text).toContain('\n## 5. **Beslut:** Förslag till ny Länsövergripande');
    expect(text).toContain(
      '**Länschefsnätverket beslutade:**  \natt utse Ulrika Gärdback, Socialchef i Gagnefs kommun till ordförande i Länschefs nätverket 2025  \natt utse Beat Axå',
    );
  });

  it('writes the attendance table with absent people struck through and named as absent', () => {
    const { text } = renderMinutesMarkdown(edgeCaseMinutes);
    expect(text).toContain('| Organisation | Närvarande |\n| --- | --- |');
    expect(text).toContain(
      '| Exempelby | Anna Andersson, ordförande, Kulturchef<br>~~Bertil Berg, Fritidschef~~ (ej närvarande) |',
    );
  });

  it('writes list-style attendance as one paragraph', () => {
    const { text } = renderMinutesMarkdown(seed002Minutes);
    expect(text).toContain('**Närvarande:** Ulrika Gärdback, Tomas Ahlin,');
    expect(text).toContain('Tanja Mårtensson samt föredragande enligt nedan.');
  });

  it('escapes characters that would otherwise become markup', () => {
    expect(escapeMarkdown('a*b_c [x](y) <b> |')).toBe('a\\*b\\_c \\[x\\](y) \\<b\\> \\|');
    expect(escapeLineStart('12. Beslut')).toBe('12\\. Beslut');
    expect(escapeLineStart('# rubrik')).toBe('\\# rubrik');
    expect(escapeLineStart('- punkt')).toBe('\\- punkt');
  });

  it('says that imported minutes were read from a legacy file, with its SHA-256', () => {
    const model = {
      ...seed002Minutes,
      meeting: {
        ...seed002Minutes.meeting,
        importedFrom: {
          fileName: 'LCHNV 2021-02-19.pdf',
          sha256: 'ab'.repeat(32),
          format: 'pdf',
          importedAt: '2026-12-04T22:00:00.000Z',
        },
      },
      approval: {
        approvedAt: '2026-12-04T22:00:00.000Z',
        approvedByMeetingId: 'import',
        approvedByMeetingDate: '2021-02-19',
        addendum: null,
        sha256: null,
      },
    };
    const { text } = renderMinutesMarkdown(model);
    expectInOrder(text, [
      'Godkända före inläsningen i Anteckna.',
      'Inlästa 4 december 2026 från LCHNV 2021-02-19.pdf (pdf).',
      'ab'.repeat(32),
    ]);
  });
});
