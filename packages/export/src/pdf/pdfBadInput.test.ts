import type { MinutesModel } from '@anteckna/doc-schema';
import { describe, expect, it } from 'vitest';
import { EMOJI_TEXT, LONG_WORD, edgeCaseMinutes } from '../fixtures/edgeCaseMinutes.ts';
import { seed002Minutes } from '../fixtures/seed002Minutes.ts';
import { normaliseText, pdfPages, placedText } from '../testing/pdfInspection.ts';
import { renderMinutesPdf } from './renderPdf.ts';

const emptyMeeting: MinutesModel = {
  ...edgeCaseMinutes,
  attendance: [],
  organisations: [],
  notRepresented: [],
  items: [],
  approval: null,
};

describe('renderMinutesPdf with input the font or the page cannot take as is', () => {
  it('replaces characters outside the font with a visible mark and reports each of them', async () => {
    const { bytes, warnings } = await renderMinutesPdf(edgeCaseMinutes);
    const text = (await pdfPages(bytes)).join('\n');
    expect(text).toContain('Tack för fikat');
    expect(text).toContain('\uFFFD');
    expect(text).not.toMatch(/[\u4E00-\u9FFF]/u);
    expect(text).not.toContain('👍');
    const warning = warnings.find((entry) => entry.code === 'unsupported_characters');
    expect(warning?.details).toEqual(
      expect.arrayContaining([
        '北 (U+5317)',
        '会 (U+4F1A)',
        '👍🏽 (U+1F44D U+1F3FD)',
        '👨‍👩‍👧 (U+1F468 U+200D U+1F469 U+200D U+1F467)',
      ]),
    );
    expect(EMOJI_TEXT).toContain('👨‍👩‍👧');
  });

  it('breaks a word longer than the line and keeps every line inside the page', async () => {
    const { bytes } = await renderMinutesPdf(edgeCaseMinutes);
    const placed = await placedText(bytes);
    for (const item of placed) {
      expect(item.left, item.text).toBeGreaterThanOrEqual(0);
      expect(item.right, item.text).toBeLessThanOrEqual(item.pageWidth - 60);
    }
    const joined = placed.map((item) => item.text).join('');
    expect(joined).toContain(LONG_WORD);
  });

  it('renders a meeting with no items and no attendance as a valid one-page file', async () => {
    const { bytes, warnings } = await renderMinutesPdf(emptyMeeting);
    const pages = await pdfPages(bytes);
    expect(pages).toHaveLength(1);
    expect(normaliseText(pages[0] ?? '')).toContain('Ingen närvaro är registrerad.');
    expect(normaliseText(pages[0] ?? '')).toContain('Inga ärenden är upptagna.');
    expect(pages[0]).toContain('Sida 1 (1)');
    expect(warnings.map((warning) => warning.code)).toContain('empty_agenda');
  });

  it('says beside the reference when the server could not find an attachment file', async () => {
    const { bytes, warnings } = await renderMinutesPdf(seed002Minutes, {
      missingAttachmentIds: ['s2-b9'],
    });
    const text = normaliseText((await pdfPages(bytes)).join('\n'));
    expect(text).toContain('Bilaga 9: Utvärdering av tillnyktringsplatserna.pdf (filen saknas)');
    expect(text).toContain('Bilaga 10: Överenskommelse missbruk och beroende.pdf');
    expect(text).not.toContain('beroende.pdf (filen saknas)');
    expect(warnings).toContainEqual({
      code: 'missing_attachment',
      message: 'En bilagefil saknas och kunde inte bifogas.',
      details: ['Bilaga 9 (punkt 5)'],
    });
  });

  it('removes control characters pasted into the text and says how many', async () => {
    const pasted: MinutesModel = {
      ...emptyMeeting,
      meeting: { ...emptyMeeting.meeting, place: 'Sal\u0007 Ängen\u0000' },
    };
    const { bytes, warnings } = await renderMinutesPdf(pasted);
    expect(normaliseText((await pdfPages(bytes)).join('\n'))).toContain('Plats: Sal Ängen');
    expect(warnings).toContainEqual(
      expect.objectContaining({ code: 'control_characters_removed', details: ['2 tecken'] }),
    );
  });
});
