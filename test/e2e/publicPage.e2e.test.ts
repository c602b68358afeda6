import type { Browser, Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import {
  DEMO,
  type AppServer,
  expectNoA11yViolations,
  launchBrowser,
  signedInPage,
  newPersonContext,
  screenshotPage,
  startServer,
} from './support/index.ts';

const BODY = 'Länsnätverket för förvaltningschefer';
// The seeded September minutes hold one item marked internal: item 7, "Personalfrågor …".
const INTERNAL_TITLE = 'Personalfrågor inom RSS Dalarna';

describe('the public page of a body', () => {
  let server: AppServer;
  let browser: Browser;
  let anonymous: Page;
  let publicUrl = '';

  beforeAll(async () => {
    [server, browser] = await Promise.all([startServer(), launchBrowser()]);
    const secretary = await signedInPage(browser, server.url, DEMO.secretary.email);
    // The meetings page links each body's public page; a person without an account gets the address.
    await secretary
      .getByRole('region', { name: new RegExp(`^${BODY}`) })
      .getByRole('link', { name: 'Publik sida' })
      .click();
    await secretary.getByRole('heading', { level: 1, name: new RegExp(`^${BODY}`) }).waitFor();
    publicUrl = secretary.url();
    anonymous = await (await newPersonContext(browser, server.url)).newPage();
  });

  it('lists the locked September minutes to someone who is not logged in, and nothing else', async () => {
    await anonymous.goto(publicUrl);
    await anonymous.getByRole('heading', { level: 1, name: new RegExp(`^${BODY}`) }).waitFor();
    expect((await anonymous.request.get('/api/me')).status()).toBe(401);
    const entries = anonymous.getByRole('article');
    await entries.first().waitFor();
    expect(await entries.count()).toBe(1);
    const september = entries.first();
    await september.getByRole('heading', { name: /^17 september 2026/ }).waitFor();
    await september.getByText('Godkända vid mötet 22 oktober 2026').waitFor();
    // Circulated October and December in preparation are not public records yet.
    expect(await anonymous.getByText('22 oktober 2026 Länschefsnätverket').count()).toBe(0);
    await september
      .getByText('Punkt 7 är utelämnad i den offentliga versionen (intern).')
      .waitFor();
    expect(await anonymous.getByText(INTERNAL_TITLE).count()).toBe(0);
  });

  it('shows the seal, and "Verifiera" says that it holds', async () => {
    const september = anonymous.getByRole('article').first();
    const hash = (await september.locator('.public-seal-hash').textContent())?.trim() ?? '';
    expect(hash).toMatch(/^[0-9a-f]{64}$/);
    await september.getByRole('button', { name: 'Verifiera' }).click();
    await september.getByRole('status').filter({ hasText: 'Sigillet håller' }).waitFor();
    await screenshotPage(anonymous, 'public-body');
    await expectNoA11yViolations(anonymous);
  });

  it('links the public HTML and the sealed PDF, with the internal item left out', async () => {
    const september = anonymous.getByRole('article').first();
    const htmlHref = await september
      .getByRole('link', { name: 'Läs minnesanteckningarna' })
      .getAttribute('href');
    const pdfHref = await september
      .getByRole('link', { name: 'Ladda ner PDF/A (förseglad)' })
      .getAttribute('href');
    const html = await anonymous.request.get(htmlHref!);
    expect(html.headers()['content-type']).toMatch(/^text\/html/);
    const text = await html.text();
    expect(text).toContain('Godkända');
    expect(text).toContain('Punkt 7 är utelämnad i den offentliga versionen');
    expect(text).not.toContain(INTERNAL_TITLE);
    const pdf = await anonymous.request.get(pdfHref!);
    expect(pdf.headers()['content-type']).toMatch(/^application\/pdf/);
    expect(
      Buffer.from(await pdf.body())
        .subarray(0, 5)
        .toString(),
    ).toBe('%PDF-');
  });
});
