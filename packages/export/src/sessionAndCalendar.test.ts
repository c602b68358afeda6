/**
 * A meeting's second time and place (SPEC M7) and the calendar section (SPEC M8), read back
 * from the real files of every format.
 */
import { describe, expect, it } from 'vitest';
import type { MinutesModel } from '@anteckna/doc-schema';
import { seed001Minutes } from './fixtures/seed001Minutes.ts';
import { allFormats } from './testing/allFormats.ts';

/** Seed 001 as the body would hold it now: a förmöte, and item 8 listing the year's calendar. */
const withSessionAndCalendar: MinutesModel = {
  ...seed001Minutes,
  meeting: {
    ...seed001Minutes.meeting,
    secondSession: {
      label: 'Förmöte',
      date: '2024-12-19',
      startTime: '08.30',
      endTime: '09.30',
      place: 'Lilla salen',
    },
    upcomingMeetings: [
      {
        date: '2025-02-13',
        startTime: '09.30',
        endTime: '12.00',
        place: 'Myntgatan 2, Falun',
        mode: 'room',
      },
      { date: '2025-04-10', startTime: '09.30', endTime: '12.00', place: '', mode: 'digital' },
    ],
  },
  items: seed001Minutes.items.map((item) =>
    item.number === '8' ? { ...item, standing: 'calendar' as const } : item,
  ),
};

function texts(files: Awaited<ReturnType<typeof allFormats>>): Record<string, string> {
  return {
    pdf: files.pdfPages.join('\n'),
    docx: files.docxBody,
    html: files.html,
    markdown: files.markdown.replace(/\\/g, ''),
  };
}

describe('the second time and place and the calendar section in every format', () => {
  it('[M7] a förmöte is printed before the meeting’s own time, with its place', async () => {
    const all = texts(await allFormats(withSessionAndCalendar));
    for (const [format, text] of Object.entries(all)) {
      const plain = text
        .replace(/<[^>]+>/g, ' ')
        .replace(/\*\*/g, '')
        .replace(/\s+/g, ' ');
      expect(plain, format).toMatch(/Förmöte:? ?Kl\. 08\.30–09\.30, Lilla salen/);
      expect(plain.indexOf('Förmöte'), format).toBeLessThan(plain.indexOf('Kl. 09.30–12.00'));
    }
  });

  it('[M7] a second day is printed after the place, with its date', async () => {
    const model: MinutesModel = {
      ...withSessionAndCalendar,
      meeting: {
        ...withSessionAndCalendar.meeting,
        secondSession: {
          label: 'Fortsättning dag 2',
          date: '2024-12-20',
          startTime: '09.00',
          endTime: '11.00',
          place: '',
        },
      },
    };
    const all = texts(await allFormats(model));
    for (const [format, text] of Object.entries(all)) {
      const plain = text
        .replace(/<[^>]+>/g, ' ')
        .replace(/\*\*/g, '')
        .replace(/\s+/g, ' ');
      expect(plain, format).toMatch(/Fortsättning dag 2:? ?20 december 2024, kl\. 09\.00–11\.00/);
      expect(plain.indexOf('Fortsättning dag 2'), format).toBeGreaterThan(plain.indexOf('Plats'));
    }
  });

  it('[M8] the calendar item lists the coming meetings from the document, under that item only', async () => {
    const all = texts(await allFormats(withSessionAndCalendar));
    for (const [format, text] of Object.entries(all)) {
      const plain = text.replace(/<[^>]+>/g, ' ').replace(/\s+/g, ' ');
      const first = plain.indexOf('13 februari 2025, kl. 09.30–12.00, Myntgatan 2, Falun');
      expect(first, format).toBeGreaterThan(plain.indexOf('Kalendarium 2025'));
      expect(first, format).toBeLessThan(plain.indexOf('Övriga frågor'));
      expect(plain, format).toContain('10 april 2025, kl. 09.30–12.00, Digitalt');
    }
  });

  it('[M8] a calendar item with no meetings left says so', async () => {
    const model: MinutesModel = {
      ...withSessionAndCalendar,
      meeting: { ...withSessionAndCalendar.meeting, upcomingMeetings: [] },
    };
    const all = texts(await allFormats(model));
    for (const [format, text] of Object.entries(all))
      expect(text, format).toContain('Inga fler möten är planerade.');
  });
});
