import type { TaskRegister } from '@anteckna/contract';
import { describe, expect, it } from 'vitest';
import sv from '../../apps/web/src/i18n/sv.json';
import {
  DEMO,
  expectNoA11yViolations,
  openBodyRegister,
  screenshotPage,
  selectClauseInNewTab,
  useSignedInSession,
  waitSaved,
} from './support/index.ts';

const BODY = 'Länsnätverket för förvaltningschefer';
/** The task of the demo's circulated October minutes, item "Rapport från Välfärdsrådet". */
const OCTOBER_TASK =
  'uppdra åt Birgitta Sandell att bjuda in Välfärdsrådets ordförande till ett kommande möte';
const REWRITTEN_TASK =
  'uppdra åt Birgitta Sandell att bjuda in Välfärdsrådets ordförande till februarimötet';

describe('the decision register page', () => {
  const secretary = useSignedInSession(DEMO.secretary.email);

  it('lists the decisions of circulated and approved minutes and filters them by year, type and recipient', async () => {
    await secretary.page
      .getByRole('region', { name: new RegExp(`^${BODY}`) })
      .getByRole('link', { name: 'Beslutsregister' })
      .click();
    await secretary.page.getByRole('heading', { level: 1, name: 'Beslutsregister' }).waitFor();
    const table = secretary.page.getByRole('table', { name: 'Beslutsregister' });
    await table.waitFor();
    // September (locked) and October (circulated); December is still in preparation.
    await table.getByRole('cell', { name: '17 september 2026' }).first().waitFor();
    await table.getByRole('cell', { name: '22 oktober 2026' }).first().waitFor();
    expect(await table.getByRole('cell', { name: '10 december 2026' }).count()).toBe(0);
    const total = await table.getByRole('row').count();

    await secretary.page
      .getByLabel('Typ av beslut')
      .selectOption({ label: 'Vidare till annat organ' });
    await secretary.page.getByLabel('Mottagare').selectOption('Välfärdsrådet');
    await secretary.page.getByLabel('År').selectOption('2026');
    await secretary.page
      .getByRole('status')
      .filter({ hasText: /^Visar 1 av \d+ beslut\.$/ })
      .waitFor();
    const row = table.getByRole('row').nth(1);
    await row
      .getByRole('cell', {
        name: 'att rutinen skickas vidare för Välfärdsrådets ställningstagande',
      })
      .waitFor();
    expect(await table.getByRole('row').count()).toBeLessThan(total);
    await screenshotPage(secretary.page, 'decision-register');
    await expectNoA11yViolations(secretary.page);

    const csvHref = await secretary.page
      .getByRole('link', { name: 'Ladda ner som CSV' })
      .getAttribute('href');
    expect(csvHref).toContain('type=forward');
    const csv = await secretary.page.request.get(csvHref!);
    expect(csv.headers()['content-type']).toBe('text/csv; charset=utf-8');
    const lines = (await csv.text())
      .replace(/^\uFEFF/, '')
      .trimEnd()
      .split('\r\n');
    expect(lines).toHaveLength(2);
    expect(lines[1]).toContain(';Skicka vidare;att rutinen skickas vidare');

    await row.getByRole('link', { name: /Gemensam rutin för samordnad individuell plan/ }).click();
    await secretary.page
      .getByRole('heading', { name: /Gemensam rutin för samordnad individuell plan/ })
      .first()
      .waitFor();
  });

  it('lists the body’s tasks and forwards with their dates and status, and marks a task done', async () => {
    await secretary.page.goto('/#/');
    await secretary.page.getByRole('heading', { level: 1, name: 'Möten' }).waitFor();
    await screenshotPage(secretary.page, 'meetings-with-registers');
    await secretary.page
      .getByRole('region', { name: new RegExp(`^${BODY}`) })
      .getByRole('link', { name: 'Uppdrag' })
      .click();
    const table = secretary.page.getByRole('table', {
      name: 'Uppdrag och ärenden som skickats vidare',
    });
    await table.waitFor();
    const done = table
      .getByRole('row')
      .filter({ hasText: 'sammanställa kommunernas bemanningsläge' });
    await done.getByText('Klart', { exact: true }).waitFor();
    const forward = table.getByRole('row').filter({ hasText: 'rutinen skickas vidare' });
    await forward.getByText('31 januari 2027').waitFor();
    await forward.getByText('Upptaget av Välfärdsrådet Dalarna 19 november 2026.').waitFor();
    const open = table.getByRole('row').filter({ hasText: 'bjuda in Välfärdsrådets ordförande' });
    await open.getByText('11 februari 2027').waitFor();
    await screenshotPage(secretary.page, 'task-register');
    await expectNoA11yViolations(secretary.page);
    await open.getByRole('button', { name: /^Markera klart/ }).click();
    await open.getByText('Klart', { exact: true }).waitFor();
    await open.getByRole('button', { name: /^Öppna igen/ }).click();
    await open.getByRole('button', { name: /^Markera klart/ }).waitFor();
  });

  it('[W6] refuses to mark done a task rewritten in the minutes since the register was shown, says so in Swedish and shows the register as it is now', async () => {
    const { page } = secretary;
    const register = await openBodyRegister<TaskRegister>(page, BODY, 'Uppdrag');
    const table = page.getByRole('table', { name: 'Uppdrag och ärenden som skickats vidare' });
    const shown = table.getByRole('row').filter({ hasText: OCTOBER_TASK });
    await shown.getByRole('button', { name: /^Markera klart/ }).waitFor();

    // Meanwhile the secretary, in a second tab, rewrites the task in the October minutes.
    const { tab, decisionNow } = await selectClauseInNewTab(page, {
      meetingDate: '22 oktober 2026',
      itemTitle: 'Rapport från Välfärdsrådet',
      clause: OCTOBER_TASK,
    });
    await tab.keyboard.type(REWRITTEN_TASK);
    await waitSaved(tab);
    await tab.close();
    expect((await decisionNow()).map((clause) => clause.text)).toEqual([
      'lägga informationen till handlingarna',
      REWRITTEN_TASK,
    ]);
    // The server's register follows once the minutes are quiet; the page still shows the old words.
    const rebuilt = await register.until(
      ({ tasks }) => tasks.some((task) => task.text === REWRITTEN_TASK),
      'the rewritten task in the server’s register',
    );
    expect(rebuilt.tasks.some((task) => task.text === OCTOBER_TASK)).toBe(false);

    await shown.getByRole('button', { name: /^Markera klart/ }).click();
    await page.getByRole('status').filter({ hasText: sv.errors.unknown_clause }).waitFor();
    await shown.waitFor({ state: 'detached' });
    const rewritten = table.getByRole('row').filter({ hasText: REWRITTEN_TASK });
    await rewritten.getByRole('button', { name: /^Markera klart/ }).waitFor();
    await expectNoA11yViolations(page);
    // Nothing was written: no done mark on the rewritten task or any other, the minutes as they were.
    expect(await register.read()).toEqual(rebuilt);
    expect((await decisionNow()).map((clause) => clause.text)).toEqual([
      'lägga informationen till handlingarna',
      REWRITTEN_TASK,
    ]);
  });

  it('says "not found" for a body the person is not a member of', async () => {
    await secretary.page.goto('/#/bodies/not-a-body/decisions');
    await secretary.page
      .getByRole('heading', { level: 1, name: 'Beslutsregistret kunde inte visas' })
      .waitFor();
    await expectNoA11yViolations(secretary.page);
  });
});
