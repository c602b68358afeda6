import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import {
  expectNoA11yViolations,
  fetchMeeting,
  itemByNumber,
  screenshotPage,
  type MinutesItem,
  useSecretaryAndPresenter,
} from './support/index.ts';

const PDF = Buffer.from('%PDF-1.4\n% Budgetunderlag till punkt 5\n%%EOF\n');
const FILE_NAME = 'budgetunderlag.pdf';

type Attachment = MinutesItem['attachments'][number];

/** The item's section on the meeting page, by its number as the page prints it ("5."). */
function itemSection(page: Page, number: string) {
  return page.locator('section.item-section').filter({
    has: page.locator('.item-title .item-number', { hasText: new RegExp(`^${number}[.)]$`) }),
  });
}

/** A control's name: its visible words first, then (for screen readers) which file it is for. */
function nameFor(visible: string, fileName: string): RegExp {
  const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  return new RegExp(`^${escape(visible)}.*${escape(fileName)}$`);
}

async function attachmentsOf(page: Page, meetingId: string, number: string): Promise<Attachment[]> {
  return itemByNumber(await fetchMeeting(page, meetingId), number).attachments;
}

describe('attachments on an agenda item', () => {
  const people = useSecretaryAndPresenter();
  let label = '';

  it('lets a presenter upload a PDF to their own item and shows it as "Bilaga N"', async () => {
    const before = await attachmentsOf(people.presenter, people.meetingId, '5');
    // Only the items the presenter writes offer an upload.
    expect(
      await itemSection(people.presenter, '6')
        .getByLabel(/^Bifoga fil/)
        .count(),
    ).toBe(0);
    await itemSection(people.presenter, '5')
      .getByLabel('Bifoga fil till punkt 5')
      .setInputFiles({ name: FILE_NAME, mimeType: 'application/pdf', buffer: PDF });

    const chip = itemSection(people.presenter, '5').getByRole('link', {
      name: new RegExp(FILE_NAME),
    });
    await chip.waitFor();
    const after = await attachmentsOf(people.presenter, people.meetingId, '5');
    expect(after.length).toBe(before.length + 1);
    const stored = after.find((attachment) => attachment.fileName === FILE_NAME)!;
    // Numbered through the meeting, after the attachments of the items before it.
    label = stored.label;
    expect(label).toBe(`Bilaga ${before.length + 2}`);
    expect(await chip.textContent()).toContain(label);
  });

  it('shows the secretary the new attachment live, and it downloads as uploaded', async () => {
    const chip = itemSection(people.secretary, '5').getByRole('link', {
      name: new RegExp(FILE_NAME),
    });
    await chip.waitFor();
    expect(await chip.textContent()).toContain(label);
    const href = await chip.getAttribute('href');
    const download = await people.secretary.request.get(href!);
    expect(download.ok()).toBe(true);
    expect(Buffer.from(await download.body())).toEqual(PDF);
  });

  it('lets the secretary letter a group of attachments (Bilaga Na, Nb) and mark one internal', async () => {
    const section = itemSection(people.secretary, '5');
    await section.getByRole('button', { name: /^Redigera punkt/ }).click();
    const settings = section.getByRole('group', { name: 'Bilagor' });
    const attachments = await attachmentsOf(people.secretary, people.meetingId, '5');
    expect(attachments.length).toBeGreaterThanOrEqual(2);
    const [first, second] = attachments;
    const base = first!.label.replace('Bilaga ', '');
    await settings
      .getByRole('checkbox', { name: nameFor('Samma nummer som föregående', second!.fileName) })
      .check();
    await expect
      .poll(async () =>
        (await attachmentsOf(people.secretary, people.meetingId, '5')).map((a) => a.label),
      )
      .toEqual([
        `Bilaga ${base}a`,
        `Bilaga ${base}b`,
        ...attachments.slice(2).map(() => expect.any(String)),
      ]);
    await settings
      .getByRole('checkbox', { name: nameFor('Intern (utelämnas', first!.fileName) })
      .check();
    await expect
      .poll(async () => {
        const [stored] = await attachmentsOf(people.secretary, people.meetingId, '5');
        return stored?.internal;
      })
      .toBe(true);
    // The presenter's page shows the new numbering and the mark live.
    const presenterChip = itemSection(people.presenter, '5').getByRole('link', {
      name: new RegExp(first!.fileName),
    });
    await expect.poll(async () => await presenterChip.textContent()).toContain(`Bilaga ${base}a`);
    expect(await presenterChip.textContent()).toContain('intern');
    await expectNoA11yViolations(people.secretary);
  });

  it('says why a disallowed file was refused and keeps it chosen to try again', async () => {
    const section = itemSection(people.presenter, '5');
    await section.getByLabel('Bifoga fil till punkt 5').setInputFiles({
      name: 'verktyg.exe',
      mimeType: 'application/octet-stream',
      buffer: Buffer.from('MZ not a document'),
    });
    const alert = section.getByRole('alert');
    await alert.getByText('verktyg.exe kunde inte bifogas.').waitFor();
    await alert.getByText('Den filtypen går inte att bifoga.', { exact: false }).waitFor();
    await alert.getByRole('button', { name: 'Försök igen' }).waitFor();
    expect(
      (await attachmentsOf(people.presenter, people.meetingId, '5')).map((a) => a.fileName),
    ).not.toContain('verktyg.exe');
  });

  it('says a file over 25 MB is too large', async () => {
    const section = itemSection(people.presenter, '4 a');
    // Made in the page: sending 25 MB through the browser's remote protocol would be most of the test.
    await section.getByLabel('Bifoga fil till punkt 4 a').evaluate((input: HTMLInputElement) => {
      const file = new File([new Uint8Array(25 * 1024 * 1024 + 1)], 'stor-rapport.pdf', {
        type: 'application/pdf',
      });
      const chosen = new DataTransfer();
      chosen.items.add(file);
      input.files = chosen.files;
      input.dispatchEvent(new Event('change', { bubbles: true }));
    });
    await section.getByRole('alert').getByText('Filen är för stor.', { exact: false }).waitFor();
    await screenshotPage(people.presenter, 'attachment-upload-presenter');
    await expectNoA11yViolations(people.presenter);
  });
});
