import { describe, expect, it } from 'vitest';
import {
  DEMO,
  expectNoA11yViolations,
  newPersonContext,
  screenshotPage,
  useSignedInSession,
} from './support/index.ts';

const BODY = 'Länsnätverket för förvaltningschefer';

describe('search', () => {
  const secretary = useSignedInSession(DEMO.secretary.email);

  it('finds a word typed without its diacritics from the header, grouped by meeting, and opens the item', async () => {
    const field = secretary.page.getByRole('search').getByLabel('Sök i minnesanteckningarna');
    await field.fill('utvardering tillnykt');
    await field.press('Enter');
    await secretary.page
      .getByRole('heading', { level: 1, name: 'Sök i minnesanteckningarna' })
      .waitFor();
    const results = secretary.page.getByRole('region', {
      name: 'Sökresultat för utvardering tillnykt',
    });
    const december = results.getByRole('article', { name: /10 december 2026/ });
    await december.waitFor();
    const link = december.getByRole('link', { name: /Utvärdering av tillnyktringsplatserna$/ });
    await link.waitFor();
    expect(await december.locator('mark').first().textContent()).toMatch(
      /^(Utvärdering|tillnykt)/i,
    );
    await screenshotPage(secretary.page, 'search-results');
    await expectNoA11yViolations(secretary.page);
    await link.click();
    await secretary.page
      .getByRole('heading', { name: /Utvärdering av tillnyktringsplatserna/ })
      .first()
      .waitFor();
    expect(secretary.page.url()).toMatch(/#\/meetings\/[^/]+\/[^/]+$/);
  });

  it('opens the public front door from the login page and finds approved text, never internal items', async () => {
    const anonymous = await (
      await newPersonContext(secretary.browser, secretary.server.url)
    ).newPage();
    await anonymous.goto('/#/login');
    await anonymous.getByRole('link', { name: /^Publika minnesanteckningar/ }).click();
    await anonymous
      .getByRole('heading', { level: 1, name: 'Publika minnesanteckningar' })
      .waitFor();
    await anonymous.getByRole('link', { name: `${BODY} (LCHNV)` }).waitFor();
    const calendar = await anonymous
      .getByRole('link', { name: 'Mötesdagar för LCHNV (iCalendar)' })
      .getAttribute('href');
    const ics = await anonymous.request.get(calendar!);
    expect(ics.headers()['content-type']).toBe('text/calendar; charset=utf-8');
    // Next year's planned meetings are in it.
    expect(await ics.text()).toContain('DTSTART:20270211T083000Z');
    // Välfärdsrådet has no approved minutes yet: it is not listed.
    expect(await anonymous.getByRole('link', { name: /Välfärdsrådet/ }).count()).toBe(0);
    await expectNoA11yViolations(anonymous);

    const field = anonymous.getByLabel('Sök i alla godkända minnesanteckningar');
    await field.fill('bemanning');
    await field.press('Enter');
    const results = anonymous.getByRole('region', { name: 'Sökresultat för bemanning' });
    await results.getByRole('link', { name: /Läget i länets kommuner inför hösten$/ }).waitFor();
    // The internal item 7 speaks of "bemanningen" too, but is not in the public minutes.
    expect(await results.getByText('Personalfrågor inom RSS Dalarna').count()).toBe(0);
    expect(await results.getByRole('article').count()).toBe(1);
    await screenshotPage(anonymous, 'public-search');
    await expectNoA11yViolations(anonymous);
  });
});
