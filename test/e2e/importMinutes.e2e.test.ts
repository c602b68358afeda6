import fs from 'node:fs';
import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import {
  DEMO,
  type AppServer,
  expectNoA11yViolations,
  launchBrowser,
  screenshotPage,
  signedInPage,
  startServer,
} from './support/index.ts';
import { repoRoot } from './support/repoPaths.ts';

const BODY = 'Länsnätverket för förvaltningschefer';
const SEED = path.join(repoRoot, 'test', 'fixtures', 'seeds');
const seed002 = fs.readdirSync(SEED).find((name) => name.startsWith('002_'))!;

describe('the import page', () => {
  let server: AppServer;
  let browser: Browser;
  let secretary: Page;
  let importUrl = '';

  beforeAll(async () => {
    [server, browser] = await Promise.all([startServer(), launchBrowser()]);
    secretary = await signedInPage(browser, server.url, DEMO.secretary.email);
  });

  it('previews legacy minutes beside the source, then imports them and links to the meeting', async () => {
    await secretary.goto('/#/');
    await secretary
      .getByRole('region', { name: new RegExp(`^${BODY}`) })
      .getByRole('link', { name: 'Hantera organet' })
      .click();
    await secretary.getByRole('link', { name: 'Importera äldre minnesanteckningar' }).click();
    await secretary
      .getByRole('heading', { level: 1, name: 'Importera minnesanteckningar' })
      .waitFor();

    await secretary
      .getByLabel('Fil med minnesanteckningar')
      .setInputFiles(path.join(SEED, seed002));
    await secretary.getByRole('button', { name: 'Förhandsgranska' }).click();
    await secretary.getByRole('heading', { level: 2, name: 'Förhandsgranskning' }).waitFor();

    importUrl = secretary.url();
    const source = secretary.getByRole('region', { name: 'Källtextens rader' });
    await source.getByText('Föredragande: Tanja Mårtensson', { exact: false }).first().waitFor();
    expect(await source.locator('.import-line-decision').count()).toBeGreaterThan(10);
    const recovered = secretary.getByRole('region', { name: 'Tolkad struktur' });
    await recovered.getByText('Redovisning av Projekt ungdomshälsa').waitFor();
    await recovered.getByText('Bilaga 14', { exact: false }).waitFor();
    const findings = secretary.getByRole('region', { name: 'Att kontrollera' });
    await findings.getByText('En att-sats saknar verb', { exact: false }).first().waitFor();
    await findings
      .getByText('Eva Björsland står två gånger i närvarolistan', { exact: false })
      .waitFor();
    await expectNoA11yViolations(secretary);
    await screenshotPage(secretary, 'import-preview');

    await secretary.getByRole('button', { name: 'Importera', exact: true }).click();
    await secretary.getByRole('heading', { name: 'Minnesanteckningarna är importerade' }).waitFor();
    await expectNoA11yViolations(secretary);
    await secretary.getByRole('link', { name: 'Öppna mötet' }).click();
    await secretary.waitForURL(/#\/meetings\//u);
    const meetingId = decodeURIComponent(/#\/meetings\/([^/]+)/u.exec(secretary.url())![1]!);
    const meeting = (await (await secretary.request.get(`/api/meetings/${meetingId}`)).json()) as {
      minutes: {
        meeting: { phase: string; importedFrom?: { fileName: string } };
        items: unknown[];
      };
    };
    expect(meeting.minutes.meeting).toMatchObject({
      phase: 'locked',
      importedFrom: { fileName: seed002 },
    });
    expect(meeting.minutes.items).toHaveLength(13);
  });

  it('says what is missing when the file is not minutes', async () => {
    await secretary.goto(importUrl);
    await secretary
      .getByRole('heading', { level: 1, name: 'Importera minnesanteckningar' })
      .waitFor();
    await secretary.getByLabel('Fil med minnesanteckningar').setInputFiles({
      name: 'recept.txt',
      mimeType: 'text/plain',
      buffer: Buffer.from('Kanelbullar\nMjöl, smör och socker.'),
    });
    await secretary.getByRole('button', { name: 'Förhandsgranska' }).click();
    const alert = secretary.getByRole('alert');
    await alert.getByText('Texten ser inte ut som minnesanteckningar.').waitFor();
    await alert.getByText('mötesdatum, numrerade punkter', { exact: false }).waitFor();
    await expectNoA11yViolations(secretary);
  });
});
