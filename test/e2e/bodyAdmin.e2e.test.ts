import type { Browser, Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import {
  DEMO,
  type AppServer,
  expectNoA11yViolations,
  launchBrowser,
  signedInPage,
  screenshotPage,
  startServer,
} from './support/index.ts';

const BODY = 'Länsnätverket för förvaltningschefer';
const NEW_MEMBER = { name: 'Nora Nyberg', email: 'nora.nyberg@exempel.se', title: 'Socialchef' };
const VACANT_TITLE = 'Divisionschef Medicin';

interface BodyAnswer {
  members: Array<{ name: string; title: string; organisation: string; acting: boolean }>;
  vacancies: Array<{ title: string; organisation: string }>;
}

/** The body page of the demo body, reached from the meetings page as a person would. */
async function openBodyPage(page: Page, link: string): Promise<string> {
  await page.goto('/#/');
  await page
    .getByRole('region', { name: new RegExp(`^${BODY}`) })
    .getByRole('link', { name: link })
    .click();
  await page.getByRole('heading', { level: 1, name: new RegExp(`^${BODY}`) }).waitFor();
  const id = /#\/bodies\/([^/]+)/.exec(page.url())?.[1];
  if (!id) throw new Error(`no body id in ${page.url()}`);
  return decodeURIComponent(id);
}

describe('the body admin page', () => {
  let server: AppServer;
  let browser: Browser;
  let secretary: Page;
  let bodyId = '';

  beforeAll(async () => {
    [server, browser] = await Promise.all([startServer(), launchBrowser()]);
    secretary = await signedInPage(browser, server.url, DEMO.secretary.email);
  });

  it('lets the secretary add a member with title, organisation and tf', async () => {
    bodyId = await openBodyPage(secretary, 'Hantera organet');
    const form = secretary.getByRole('form', { name: 'Lägg till ledamot' });
    await form.getByLabel('Namn', { exact: true }).fill(NEW_MEMBER.name);
    await form.getByLabel('E-postadress').fill(NEW_MEMBER.email);
    await form.getByLabel('Titel', { exact: true }).fill(NEW_MEMBER.title);
    await form.getByLabel('Organisation', { exact: true }).selectOption('Falun');
    await form.getByLabel('Tf (tillförordnad)').check();
    await form.getByRole('button', { name: 'Lägg till ledamot' }).click();

    const row = secretary.getByRole('row', { name: new RegExp(NEW_MEMBER.name) });
    await row.waitFor();
    expect(await row.getByRole('cell').allTextContents()).toEqual(
      expect.arrayContaining([NEW_MEMBER.title, 'Falun', 'Ledamot']),
    );
    await row.getByText('tf', { exact: true }).waitFor();
    // The form is emptied for the next person once the server has taken this one.
    expect(await form.getByLabel('Namn', { exact: true }).inputValue()).toBe('');

    const answer = (await (
      await secretary.request.get(`/api/bodies/${encodeURIComponent(bodyId)}`)
    ).json()) as BodyAnswer;
    expect(answer.members.find((m) => m.name === NEW_MEMBER.name)).toMatchObject({
      title: NEW_MEMBER.title,
      organisation: 'Falun',
      acting: true,
    });
  });

  it('lets the secretary mark a vacant seat', async () => {
    const section = secretary.getByRole('region', { name: 'Vakanta platser' });
    await section.getByLabel('Platsens titel').fill(VACANT_TITLE);
    await section.getByLabel('Organisation').selectOption('Region Dalarna');
    await section.getByRole('button', { name: 'Lägg till vakant plats' }).click();
    await section.getByText(`Vakant, ${VACANT_TITLE}`).waitFor();
    const answer = (await (
      await secretary.request.get(`/api/bodies/${encodeURIComponent(bodyId)}`)
    ).json()) as BodyAnswer;
    expect(answer.vacancies).toEqual([
      expect.objectContaining({ title: VACANT_TITLE, organisation: 'Region Dalarna' }),
    ]);
  });

  it('says in Swedish why an organisation with members cannot be removed, and keeps it', async () => {
    const section = secretary.getByRole('region', { name: 'Medlemsorganisationer' });
    await section.getByRole('button', { name: 'Ta bort Falun' }).click();
    await section
      .getByRole('alert')
      .filter({ hasText: 'Organisationen har ledamöter eller vakanta platser' })
      .waitFor();
    expect(await section.getByRole('listitem').filter({ hasText: 'Falun' }).count()).toBe(1);
    await screenshotPage(secretary, 'body-admin-secretary');
    await expectNoA11yViolations(secretary);
  });

  it('keeps what two secretaries change in the member organisations at once, and says so when one was removed meanwhile', async () => {
    // A second browser of the secretary's, opened on the same list: each page shows what it loaded.
    const other = await signedInPage(browser, server.url, DEMO.secretary.email);
    await openBodyPage(other, 'Hantera organet');
    const here = secretary.getByRole('region', { name: 'Medlemsorganisationer' });
    const there = other.getByRole('region', { name: 'Medlemsorganisationer' });
    // The names as each page shows them (each beside its buttons).
    const listed = (section: typeof here) => section.locator('li > span').allInnerTexts();
    const stored = async () => {
      const answer = await secretary.request.get(`/api/bodies/${encodeURIComponent(bodyId)}`);
      return ((await answer.json()) as { memberOrganisations: string[] }).memberOrganisations;
    };
    const before = await stored();

    await here.getByLabel('Ny medlemsorganisation').fill('Gävle');
    await here.getByRole('button', { name: 'Lägg till organisation' }).click();
    await here.getByRole('listitem').filter({ hasText: 'Gävle' }).waitFor();
    // The other page still shows the list without Gävle; adding there keeps Gävle all the same.
    await there.getByLabel('Ny medlemsorganisation').fill('Sandviken');
    await there.getByRole('button', { name: 'Lägg till organisation' }).click();
    await there.getByRole('listitem').filter({ hasText: 'Sandviken' }).waitFor();
    expect(await stored()).toEqual([...before, 'Gävle', 'Sandviken']);
    expect(await listed(there)).toEqual([...before, 'Gävle', 'Sandviken']);

    // Moved there; then removed here, where the page still shows it where it was.
    await there
      .getByRole('button', { name: 'Flytta Sandviken ett steg tidigare i listan' })
      .click();
    await there.getByRole('button', { name: 'Ta bort Gävle' }).click();
    await expect.poll(stored).toEqual([...before, 'Sandviken']);
    await here.getByRole('button', { name: 'Ta bort Gävle' }).click();
    await here
      .getByRole('alert')
      .filter({
        hasText: 'Organisationen finns inte längre i listan: någon annan har just tagit bort den.',
      })
      .waitFor();
    await expect.poll(() => listed(here)).toEqual([...before, 'Sandviken']);
    expect(await stored()).toEqual([...before, 'Sandviken']);
    await screenshotPage(secretary, 'body-admin-organisation-gone');
    await expectNoA11yViolations(secretary);

    await here.getByRole('button', { name: 'Ta bort Sandviken' }).click();
    await expect.poll(stored).toEqual(before);
    await other.context().close();
  });

  it('shows the body read-only to a member', async () => {
    const member = await signedInPage(browser, server.url, DEMO.member.email);
    await openBodyPage(member, 'Organets ledamöter');
    await member.getByText('Du kan läsa uppgifterna men inte ändra dem.').waitFor();
    await member.getByRole('row', { name: new RegExp(NEW_MEMBER.name) }).waitFor();
    await member.getByText(`Vakant, ${VACANT_TITLE}`).waitFor();
    expect(await member.getByRole('textbox').count()).toBe(0);
    expect(await member.getByRole('combobox').count()).toBe(0);
    expect(
      await member.getByRole('button', { name: /Lägg till|Ta bort|Ändra|Spara/ }).count(),
    ).toBe(0);
    // The server refuses a write from a member whatever the page shows.
    const refused = await member.request.post(
      `/api/bodies/${encodeURIComponent(bodyId)}/vacancies`,
      {
        data: { organisation: '', title: 'Försök' },
      },
    );
    expect(refused.status()).toBe(403);
    await screenshotPage(member, 'body-admin-member');
    await expectNoA11yViolations(member);
  });
});
