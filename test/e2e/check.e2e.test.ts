import type { Browser, Locator, Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import {
  adoptProposalInLiveMode,
  markEveryonePresent,
  DEMO,
  type AppServer,
  expectNoA11yViolations,
  fieldEditor,
  fetchMeeting,
  launchBrowser,
  openMeetingFromList,
  pollUntil,
  screenshotPage,
  signedInPage,
  startServer,
  waitConnected,
  waitSaved,
  startMeeting,
} from './support/index.ts';

// Issue 18: one check, on the server; it guards circulation.
interface Finding {
  rule: string;
  severity: 'error' | 'warning';
  itemId: string | null;
  text: string;
  message: string;
}

const CIRCULATE = 'Skicka ut minnesanteckningarna';

function checkPanel(page: Page): Locator {
  return page.getByRole('region', { name: /^Kontroll/ });
}

/** The findings the server's check endpoint gives now, fetched with the page's session. */
async function serverFindings(page: Page, meetingId: string): Promise<Finding[]> {
  const response = await page.request.get(`/api/meetings/${encodeURIComponent(meetingId)}/check`);
  expect(response.status()).toBe(200);
  return ((await response.json()) as { findings: Finding[] }).findings;
}

/** What a list of findings on the page shows: rule and message of each, in order. */
async function shownFindings(list: Locator): Promise<Array<[string, string]>> {
  return list
    .locator('li.check-issue')
    .evaluateAll((items) =>
      items.map((item): [string, string] => [
        item.getAttribute('data-rule') ?? '',
        item.querySelector('.check-message')?.textContent ?? '',
      ]),
    );
}

/** Polls until the panel shows exactly what the endpoint says; returns it. */
async function panelAgreesWithServer(page: Page, meetingId: string): Promise<Finding[]> {
  return pollUntil(
    async () => {
      const findings = await serverFindings(page, meetingId);
      const shown = await shownFindings(checkPanel(page));
      const expected = findings.map((f): [string, string] => [f.rule, f.message]);
      return JSON.stringify(shown) === JSON.stringify(expected) ? findings : null;
    },
    { what: 'the check panel to list what GET …/check finds' },
  );
}

describe('the mistake check guards circulation', () => {
  let server: AppServer;
  let browser: Browser;
  let secretary: Page;
  let meetingId = '';

  beforeAll(async () => {
    [server, browser] = await Promise.all([startServer(), launchBrowser()]);
    secretary = await signedInPage(browser, server.url, DEMO.secretary.email);
    meetingId = await openMeetingFromList(secretary, '10 december 2026');
  });

  it('lists in the panel exactly what the server finds, for the meeting in preparation and once it is live', async () => {
    await panelAgreesWithServer(secretary, meetingId);
    await startMeeting(secretary);
    const findings = await pollUntil(
      async () => {
        const now = await panelAgreesWithServer(secretary, meetingId);
        return now.some((f) => f.rule === 'decision_missing') ? now : null;
      },
      { what: 'the undecided items to be found once the meeting is live' },
    );
    // Items 5 and 6 are decision items with no decision yet; the standing items are not flagged.
    // Nobody is marked yet either (K30).
    expect(findings.some((f) => f.rule === 'attendance_not_marked')).toBe(true);
    const items = (await fetchMeeting(secretary, meetingId)).minutes.items;
    const undecided = findings
      .filter((f) => f.rule === 'decision_missing')
      .map((f) => items.find((item) => item.id === f.itemId)?.number);
    expect(undecided).toEqual(['5', '6']);
    expect(findings.every((f) => f.severity === 'error' || f.severity === 'warning')).toBe(true);
    await screenshotPage(secretary, 'check-panel-live');
  });

  it('moves focus to the item when a finding’s link is followed', async () => {
    await checkPanel(secretary).getByRole('link', { name: 'Gå till punkt 5' }).click();
    await pollUntil(
      async () =>
        (await secretary.evaluate(() => {
          const section = document.activeElement?.closest('[id^="item-"]');
          return (
            section?.textContent?.includes('Länsgemensam handlingsplan för suicidprevention') ??
            false
          );
        }))
          ? true
          : null,
      { what: 'focus in item 5' },
    );
  });

  it('refuses circulation with check_failed: the dialog lists the errors and offers no move, the server answers 409', async () => {
    await secretary.getByRole('button', { name: CIRCULATE }).click();
    const dialog = secretary.getByRole('dialog', { name: CIRCULATE });
    await dialog
      .getByRole('alert')
      .filter({ hasText: /^Kontrollen hittade fel \(\d+\)/ })
      .waitFor();
    const findings = await serverFindings(secretary, meetingId);
    expect(await shownFindings(dialog)).toEqual(
      findings.filter((f) => f.severity === 'error').map((f) => [f.rule, f.message]),
    );
    expect(await dialog.getByRole('button', { name: CIRCULATE }).isDisabled()).toBe(true);
    await screenshotPage(secretary, 'check-circulate-refused');
    await expectNoA11yViolations(secretary);
    await dialog.getByRole('button', { name: 'Avbryt' }).click();

    // Asked directly, the server refuses too, and nothing changes.
    const refused = await secretary.evaluate(async (id) => {
      const response = await fetch(`/api/meetings/${encodeURIComponent(id)}/phase`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ to: 'circulated' }),
      });
      return {
        status: response.status,
        body: (await response.json()) as { error: { id: string }; findings: unknown[] },
      };
    }, meetingId);
    expect(refused.status).toBe(409);
    expect(refused.body.error.id).toBe('check_failed');
    expect(refused.body.findings).toEqual(findings);
    expect((await fetchMeeting(secretary, meetingId)).meeting.phase).toBe('live');
  });

  it('refuses the lock of October while a correction after circulation left an error: the approval dialog lists it and offers no lock', async () => {
    const list = (await (await secretary.request.get('/api/meetings')).json()) as {
      meetings: Array<{ id: string; date: string }>;
    };
    const octoberId = list.meetings.find((m) => m.date === '2026-10-22')!.id;
    const election = (await fetchMeeting(secretary, octoberId)).minutes.items.find((item) =>
      item.title.startsWith('Val av ordförande'),
    )!;
    // The secretary corrects the circulated October minutes and empties a decision by mistake.
    await secretary.goto(`/#/meetings/${encodeURIComponent(octoberId)}`);
    await waitConnected(secretary);
    const decision = fieldEditor(secretary, `Beslut, punkt ${election.number}`);
    await decision.click();
    await secretary.keyboard.press('Control+A');
    await secretary.keyboard.press('Backspace');
    await waitSaved(secretary);
    await pollUntil(
      async () =>
        (await serverFindings(secretary, octoberId)).some((f) => f.rule === 'decision_missing')
          ? true
          : null,
      { what: 'the emptied decision found in October' },
    );

    await secretary.goto(`/#/meetings/${encodeURIComponent(meetingId)}`);
    await waitConnected(secretary);
    const liveMode = secretary.getByRole('switch', { name: 'Liveläge' });
    if (await liveMode.isChecked()) await liveMode.click();
    const item = secretary.getByRole('region', { name: /Föregående minnesanteckningar/ });
    await item.getByRole('button', { name: /godkänn/i }).click();
    const dialog = secretary.getByRole('dialog', {
      name: 'Godkänna och låsa minnesanteckningarna?',
    });
    await dialog.getByRole('alert').filter({ hasText: 'Kontrollen hittade fel (1)' }).waitFor();
    expect(await shownFindings(dialog)).toEqual(
      (await serverFindings(secretary, octoberId)).map((f) => [f.rule, f.message]),
    );
    expect(await dialog.getByRole('button', { name: 'Godkänn och lås' }).isDisabled()).toBe(true);
    await screenshotPage(secretary, 'check-approval-refused');
    await dialog.getByRole('button', { name: 'Avbryt' }).click();
    expect((await fetchMeeting(secretary, octoberId)).meeting.phase).toBe('circulated');
    await liveMode.click();
    expect(await liveMode.isChecked()).toBe(true);
  });

  it('circulates once the items are decided; a warning is listed and "Cirkulera ändå" records it with the version sent', async () => {
    await markEveryonePresent(secretary);
    await adoptProposalInLiveMode(secretary, '5');
    await adoptProposalInLiveMode(secretary, '6');
    // A name spelt two ways is a warning (K1): it does not hold circulation once acknowledged.
    await secretary.keyboard.press('Control+End');
    await secretary.keyboard.press('Control+Enter');
    await secretary.keyboard.type('uppdra åt Erik Holmbergg att följa upp utvärderingen');
    await waitSaved(secretary);
    const findings = await pollUntil(
      async () => {
        const now = await panelAgreesWithServer(secretary, meetingId);
        return !now.some((f) => f.severity === 'error') && now.some((f) => f.severity === 'warning')
          ? now
          : null;
      },
      { what: 'no error and one warning in the panel after deciding items 5 and 6' },
    );
    expect(findings.map((f) => [f.rule, f.text])).toEqual([
      ['person_named_two_ways', 'Erik Holmbergg'],
    ]);

    await secretary.getByRole('button', { name: CIRCULATE }).click();
    const dialog = secretary.getByRole('dialog', { name: CIRCULATE });
    await dialog.getByText('Kontrollen har varningar (1)', { exact: false }).waitFor();
    expect(await shownFindings(dialog)).toEqual(findings.map((f) => [f.rule, f.message]));
    await screenshotPage(secretary, 'check-circulate-anyway');
    await dialog.getByRole('button', { name: 'Cirkulera ändå' }).click();
    await secretary
      .getByRole('region', { name: 'Mötets fas' })
      .getByText('Utskickat', { exact: true })
      .waitFor();
    expect((await fetchMeeting(secretary, meetingId)).meeting.phase).toBe('circulated');
    const versions = secretary.getByRole('region', { name: /^Versioner/ });
    await versions.getByText('Skickades ut trots kontrollens varningar:').waitFor();
    expect(await versions.textContent()).toContain(findings[0]!.message);
  });

  it('lets the secretary register another name of the body in the body page, and remove it', async () => {
    const bodyId = ((await fetchMeeting(secretary, meetingId)).meeting as { bodyId?: string })
      .bodyId!;
    await secretary.goto(`/#/bodies/${encodeURIComponent(bodyId)}`);
    const section = secretary.getByRole('region', { name: 'Andra namn på organet' });
    await section.getByLabel('Annat namn').fill('Chefsnätverket');
    await section.getByRole('button', { name: 'Lägg till namn' }).click();
    await section.getByRole('listitem').filter({ hasText: 'Chefsnätverket' }).waitFor();
    const aliases = await secretary.request.get(
      `/api/bodies/${encodeURIComponent(bodyId)}/aliases`,
    );
    expect(
      ((await aliases.json()) as { aliases: Array<{ alias: string }> }).aliases.map((a) => a.alias),
    ).toEqual(['Chefsnätverket']);
    await screenshotPage(secretary, 'body-aliases');
    await expectNoA11yViolations(secretary);
    await section.getByRole('button', { name: 'Ta bort namnet Chefsnätverket' }).click();
    await section.getByText('Inga andra namn.').waitFor();
  });
});
