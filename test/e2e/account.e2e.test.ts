import { describe, expect, it } from 'vitest';
import {
  DEMO,
  DEMO_PASSWORD,
  expectNoA11yViolations,
  login,
  screenshotPage,
  signedInPage,
  useSignedInSession,
} from './support/index.ts';

const NEW_PASSWORD = 'ett-nytt-lösenord-2027';

describe('one’s own account: a new password', () => {
  const member = useSignedInSession(DEMO.member.email);

  it('names the header link as one phrase in Chromium, in Swedish and in English, without a space before the comma', async () => {
    const { page } = member;
    // Exact names from the browser's own accessibility tree: hidden words around the name
    // read "Anna Svensson , Konto" before.
    const swedish = page.getByRole('link', {
      name: `Inloggad som ${DEMO.member.name}, Konto`,
      exact: true,
    });
    await swedish.waitFor();
    await page.getByRole('button', { name: 'English' }).click();
    await page
      .getByRole('link', { name: `Signed in as ${DEMO.member.name}, Account`, exact: true })
      .waitFor();
    await page.getByRole('button', { name: 'Svenska' }).click();
    await swedish.waitFor();
  });

  it('is reached from the name in the header, says who is signed in, and has no axe-core violations', async () => {
    const { page } = member;
    await page
      .getByRole('link', { name: `Inloggad som ${DEMO.member.name}, Konto`, exact: true })
      .click();
    await page.getByRole('heading', { level: 1, name: 'Ditt konto' }).waitFor();
    await page.getByText(DEMO.member.email).waitFor();
    await screenshotPage(page, 'account');
    await expectNoA11yViolations(page);
  });

  it('refuses a wrong current password, a short one and two that differ, in Swedish, changing nothing', async () => {
    const { page } = member;
    const alert = page.getByRole('alert').filter({ hasText: /\S/ });
    await page.getByLabel('Nuvarande lösenord').fill('inte-lösenordet');
    await page.getByLabel('Nytt lösenord').fill(NEW_PASSWORD);
    await page.getByLabel('Upprepa det nya lösenordet').fill(NEW_PASSWORD);
    await page.getByRole('button', { name: 'Byt lösenord' }).click();
    await alert.filter({ hasText: 'Det nuvarande lösenordet stämmer inte.' }).waitFor();

    await page.getByLabel('Nuvarande lösenord').fill(DEMO_PASSWORD);
    await page.getByLabel('Nytt lösenord').fill('kort');
    await page.getByRole('button', { name: 'Byt lösenord' }).click();
    await alert.filter({ hasText: 'minst 10 tecken' }).waitFor();

    await page.getByLabel('Nytt lösenord').fill(NEW_PASSWORD);
    await page.getByLabel('Upprepa det nya lösenordet').fill(`${NEW_PASSWORD}x`);
    await page.getByRole('button', { name: 'Byt lösenord' }).click();
    await alert.filter({ hasText: 'De två nya lösenorden är inte lika.' }).waitFor();
    await screenshotPage(page, 'account-password-refused');
    await expectNoA11yViolations(page);

    // Nothing changed: the demo password still signs in elsewhere.
    const elsewhere = await signedInPage(member.browser, member.server.url, DEMO.member.email);
    await elsewhere.context().close();
  });

  it('changes the password, signs out every other browser, and the new password signs in', async () => {
    const { page } = member;
    const other = await signedInPage(member.browser, member.server.url, DEMO.member.email);
    expect((await other.request.get('/api/me')).status()).toBe(200);

    await page.getByLabel('Nuvarande lösenord').fill(DEMO_PASSWORD);
    await page.getByLabel('Nytt lösenord').fill(NEW_PASSWORD);
    await page.getByLabel('Upprepa det nya lösenordet').fill(NEW_PASSWORD);
    await page.getByRole('button', { name: 'Byt lösenord' }).click();
    await page.getByRole('status').filter({ hasText: 'Lösenordet är bytt.' }).waitFor();
    expect(await page.getByLabel('Nytt lösenord').inputValue()).toBe('');

    // This browser goes on; the other one is signed out.
    expect((await page.request.get('/api/me')).status()).toBe(200);
    expect((await other.request.get('/api/me')).status()).toBe(401);
    // The signed-out browser, loaded again, asks for a login; the new password is the one.
    await other.reload();
    await other.getByRole('button', { name: 'Logga in' }).waitFor();
    await login(other, DEMO.member.email, NEW_PASSWORD);
    await other.context().close();
  });
});
