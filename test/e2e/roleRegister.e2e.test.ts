import type { RoleRegister } from '@anteckna/contract';
import { describe, expect, it } from 'vitest';
import sv from '../../apps/web/src/i18n/sv.json';
import {
  DEMO,
  expectNoA11yViolations,
  openBodyRegister,
  openMeetingFromList,
  pollUntil,
  screenshotPage,
  selectClauseInNewTab,
  useSignedInSession,
  waitSaved,
} from './support/index.ts';

const BODY = 'Länsnätverket för förvaltningschefer';
const ITEM = 'Val av ordförande och vice ordförande';
/** The October minutes' election of the vice chair for 2027. */
const VICE_CHAIR = 'välja Magnus Lövgren, Region Dalarna, till vice ordförande';

describe('elections with a term and the register of roles', () => {
  const secretary = useSignedInSession(DEMO.secretary.email, {
    viewport: { width: 1400, height: 1000 },
  });

  it('shows who holds each role now and every election, linked to its item', async () => {
    const { page } = secretary;
    await page
      .getByRole('region', { name: new RegExp(`^${BODY}`) })
      .getByRole('link', { name: 'Roller' })
      .click();
    await page.getByRole('heading', { level: 1, name: 'Roller och mandatperioder' }).waitFor();
    // The demo's October minutes elect Birgitta Sandell for the rest of 2026 and next year's chair.
    const now = page.getByRole('region', { name: 'Just nu' });
    await now.getByText('Birgitta Sandell').waitFor();
    const table = page.getByRole('table', { name: 'Alla val' });
    await table.getByRole('row').filter({ hasText: 'Camilla Sjö' }).getByText('Kommande').waitFor();
    await screenshotPage(page, 'role-register');
    await expectNoA11yViolations(page);
  });

  it('writes an election with a term in the editor; a reversed term is refused; the register lists it', async () => {
    const { page } = secretary;
    await page.goto('/#/');
    const meetingId = await openMeetingFromList(page, '22 oktober 2026');
    const item = page.locator('section[id^="item-"]').filter({
      has: page.getByRole('heading', { name: new RegExp(ITEM) }),
    });
    await item.getByRole('button', { name: /^Lägg till att-sats/ }).click();
    await item.getByRole('button', { name: 'Utse … till …' }).click();
    // The palette selects the first "…": the name goes there, then the role replaces the last.
    await page.keyboard.type('Helena Ek');
    await page.keyboard.press('End');
    await page.keyboard.press('Backspace');
    await page.keyboard.type('sekreterare');
    const election = page.getByRole('group', { name: 'att utse Helena Ek till sekreterare' });
    await election.waitFor();
    await election.getByLabel('Vald').selectOption({ label: 'Helena Ek (Avesta)' });
    await election.getByLabel('Roll').fill('sekreterare');
    await election.getByLabel('Mandatperiod från').fill('2027-01-01');
    await election.getByLabel('till och med').fill('2026-06-30');
    await page.getByText('Mandatperioden kan inte sluta innan den börjar.').waitFor();
    expect(await election.getByLabel('till och med').inputValue()).toBe('');
    await election.getByLabel('till och med').fill('2028-12-31');
    await waitSaved(page);
    await screenshotPage(page, 'election-in-editor');
    await expectNoA11yViolations(page);

    // The register is rebuilt once the minutes have been quiet for a moment.
    const table = page.getByRole('table', { name: 'Alla val' });
    await page.goto(`/#/bodies/${await bodyIdOf(page, meetingId)}/roles`);
    const row = await pollUntil(
      async () => {
        // Going to the same address again changes no hash and fetches nothing: reload instead.
        await page.reload();
        await table.waitFor();
        const found = table.getByRole('row').filter({ hasText: 'Helena Ek' });
        return (await found.count()) > 0 ? found : null;
      },
      { what: 'the election in the register of roles', intervalMs: 500 },
    );
    await row.getByRole('cell', { name: 'Sekreterare' }).waitFor();
    await row.getByText('1 januari 2027 – 31 december 2028').waitFor();
    await row.getByText('Kommande').waitFor();
    await expectNoA11yViolations(page);
    await row.getByRole('link', { name: /22 oktober 2026, punkt/ }).click();
    await page
      .getByRole('heading', { name: new RegExp(ITEM) })
      .first()
      .waitFor();
  });

  it('[W6] refuses a term for an election removed from the minutes since the register was shown, says so in Swedish and shows the register as it is now', async () => {
    const { page } = secretary;
    const register = await openBodyRegister<RoleRegister>(page, BODY, 'Roller');
    const table = page.getByRole('table', { name: 'Alla val' });
    const shown = table.getByRole('row').filter({ hasText: 'Magnus Lövgren' });
    await shown.getByRole('button', { name: /^Ändra/ }).waitFor();

    // Meanwhile the secretary, in a second tab, deletes the election from the October minutes.
    const { tab, decisionNow } = await selectClauseInNewTab(page, {
      meetingDate: '22 oktober 2026',
      itemTitle: ITEM,
      clause: VICE_CHAIR,
    });
    await tab.keyboard.press('Backspace');
    await tab.keyboard.press('Backspace');
    await waitSaved(tab);
    await tab.close();
    const remaining = await decisionNow();
    expect(remaining.map((clause) => clause.text)).not.toContain(VICE_CHAIR);
    expect(remaining.map((clause) => clause.text)).toContain(
      'välja Camilla Sjö, Rättvik, till ordförande',
    );
    // The server's register drops the election once the minutes are quiet; the page still shows it.
    const rebuilt = await register.until(
      ({ roles }) => !roles.some((role) => role.text === VICE_CHAIR),
      'the election gone from the server’s register',
    );

    await shown.getByRole('button', { name: /^Ändra/ }).click();
    await shown.getByLabel('till och med').fill('2029-06-30');
    await shown.getByRole('button', { name: 'Spara' }).click();
    await page.getByRole('status').filter({ hasText: sv.errors.unknown_clause }).waitFor();
    await shown.waitFor({ state: 'detached' });
    await table.getByRole('row').filter({ hasText: 'Camilla Sjö' }).waitFor();
    expect(await page.locator('form.roles-term-form').count()).toBe(0);
    await expectNoA11yViolations(page);
    // Nothing was written: no term of 2029 on any election, the minutes as they were.
    expect(await register.read()).toEqual(rebuilt);
    expect(await decisionNow()).toEqual(remaining);
  });
});

/** The body of a meeting, as the meeting's own page knows it. */
async function bodyIdOf(page: import('playwright-core').Page, meetingId: string) {
  const answer = await page.request.get(`/api/meetings/${meetingId}`);
  return ((await answer.json()) as { meeting: { bodyId: string } }).meeting.bodyId;
}
