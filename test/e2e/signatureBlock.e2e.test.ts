import type { Locator } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import {
  DEMO,
  expectNoA11yViolations,
  openMeetingFromList,
  screenshotPage,
  useSignedInSession,
  waitSaved,
} from './support/index.ts';

describe('the signature block of a protocol', () => {
  const secretary = useSignedInSession(DEMO.secretary.email, {
    viewport: { width: 1400, height: 1000 },
  });

  it('the secretary makes the minutes a protocol, chooses who signs, and the export ends with the block', async () => {
    const { page } = secretary;
    const meetingId = await openMeetingFromList(page, '10 december 2026');
    const panel = page.getByRole('region', { name: 'Underskrifter' });
    await panel.getByLabel('Protokoll som skrivs under (Vid protokollet, Justeras)').check();
    await choose(panel.getByLabel('Sekreterare'), 'Karin Lindqvist');
    await choose(panel.getByLabel('Ordförande'), 'Birgitta Sandell');
    await choose(panel.getByLabel('Lägg till justerare'), 'Helena Ek');
    await panel.getByLabel('Justerare 1').waitFor();
    await panel.getByLabel('Ort').fill('Falun');
    await panel.getByLabel('Datum för justering').fill('2026-12-17');
    await waitSaved(page);
    await screenshotPage(page, 'signature-block-editor');
    await expectNoA11yViolations(page);

    const markdown = await (await page.request.get(`/api/meetings/${meetingId}/export.md`)).text();
    const tail = markdown.slice(markdown.indexOf('**Vid protokollet**'));
    expect(markdown).toContain('# Protokoll');
    expect(tail).toContain('Karin Lindqvist, sekreterare');
    expect(tail).toContain('**Justeras**');
    expect(tail).toContain('Birgitta Sandell, ordförande');
    expect(tail).toContain('Helena Ek, justerare');
    expect(tail).toContain('Ort och datum: Falun, 17 december 2026');
  });
});

/** Chooses the person whose option starts with the name ("Helena Ek (Avesta)"). */
async function choose(select: Locator, name: string) {
  const value = await select.locator('option', { hasText: name }).first().getAttribute('value');
  await select.selectOption(value ?? '');
}
