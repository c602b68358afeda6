import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import {
  DEMO,
  expectNoA11yViolations,
  fetchMeeting,
  fieldEditor,
  LANDMARK_RULES,
  openMeetingFromList,
  pollUntil,
  screenshotPage,
  useSignedInSession,
  waitConnected,
} from './support/index.ts';

// Issue 18: attendance starts unmarked, nothing typed is lost, typing where one may not says why,
// and locked minutes show no work in progress.
const PREPARATION = '10 december 2026';

describe('attendance, titles and refusals in the meeting page', () => {
  const session = useSignedInSession(DEMO.secretary.email, {
    viewport: { width: 1440, height: 1000 },
  });
  let secretary: Page;
  let meetingId = '';

  beforeAll(async () => {
    secretary = session.page;
    meetingId = await openMeetingFromList(secretary, PREPARATION);
  });

  it('[P5] a meeting in preparation has nobody marked: "Kallade", never "19 av 19 närvarande"', async () => {
    const panel = secretary.getByRole('region', { name: 'Kallade' });
    await panel
      .getByText(
        'Ingen är markerad än: alla är kallade. Markera var och en som närvarande eller frånvarande.',
      )
      .waitFor();
    expect(await panel.getByText(/\d+ av \d+ närvarande/).count()).toBe(0);
    expect(await panel.getByText('Ej representerade').count()).toBe(0);
    expect(await panel.getByLabel('Närvaro för Helena Ek').inputValue()).toBe('called');
  });

  it('[P6] marks a person present, remote, from one item until another, in words; until before from is refused politely', async () => {
    const answer = await fetchMeeting(secretary, meetingId);
    const item = (number: string) => answer.minutes.items.find((i) => i.number === number)!;
    await secretary.getByLabel('Närvaro för Helena Ek').selectOption('present');
    await secretary.getByLabel('Var Helena Ek deltar').selectOption('remote');
    await secretary.getByLabel('Helena Ek närvarande från punkt').selectOption(item('4 b').id);
    await secretary
      .getByLabel('Helena Ek närvarande till och med punkt')
      .selectOption(item('6').id);
    const row = secretary.locator('li.attendance-row', { hasText: 'Helena Ek' });
    await row.getByText('Närvarande, på distans, under punkt 4 b–6').waitFor();
    // The panel is no longer "Kallade" once someone is marked.
    await secretary.getByRole('region', { name: 'Närvarande' }).waitFor();

    await secretary
      .getByLabel('Helena Ek närvarande till och med punkt')
      .selectOption(item('3').id);
    await secretary
      .getByRole('status')
      .filter({ hasText: '”Till och med punkt” kan inte ligga före ”från punkt”.' })
      .waitFor();
    await row.getByText('Närvarande, på distans, under punkt 4 b–6').waitFor();
    await screenshotPage(secretary, 'attendance-marking');
    await pollUntil(
      async () => {
        const now = await fetchMeeting(secretary, meetingId);
        const helena = now.minutes.attendance
          .flatMap((group) => group.people)
          .find((person) => person.name === 'Helena Ek');
        return helena?.status === 'present' &&
          helena.where === 'remote' &&
          helena.fromItem === item('4 b').id
          ? true
          : null;
      },
      { what: 'Helena Ek present remotely from 4 b on the server' },
    );
  });

  it('has no axe-core violations, the landmark rules included, with attendance being marked', async () => {
    await expectNoA11yViolations(secretary, LANDMARK_RULES);
  });

  it('keeps an item title typed without leaving the field through an immediate reload', async () => {
    const answer = await fetchMeeting(secretary, meetingId);
    const target = answer.minutes.items.find((i) => i.number === '6')!;
    const section = secretary.locator(`#item-${target.id}`);
    const title = section.getByLabel('Rubrik');
    await section.getByRole('button', { name: /^Redigera punkt/ }).click();
    await title.click();
    await title.press('End');
    await title.pressSequentially(' – reviderad');
    // No blur, no Enter: the page is reloaded at once.
    await secretary.reload();
    await waitConnected(secretary);
    await pollUntil(
      async () => {
        const now = await fetchMeeting(secretary, meetingId);
        const item = now.minutes.items.find((i) => i.id === target.id);
        return item?.title === `${target.title} – reviderad` ? true : null;
      },
      { what: 'the typed title on the server after the reload' },
    );
  });
});

describe('typing where one may not, as a presenter', () => {
  const session = useSignedInSession(DEMO.presenter1.email, {
    viewport: { width: 1280, height: 800 },
  });
  let presenter: Page;

  beforeAll(async () => {
    presenter = session.page;
    await openMeetingFromList(presenter, PREPARATION);
  });

  it('says at once whose item it is, in a status, and the page does not scroll', async () => {
    const field = fieldEditor(presenter, 'Bakgrund, punkt 4 b');
    await field.scrollIntoViewIfNeeded();
    const before = (await field.textContent()) ?? '';
    await field.click();
    const scrolled = await presenter.evaluate(() => window.scrollY);
    const scrolledDocument = await presenter.evaluate(
      () => document.querySelector('.meeting-document')?.scrollTop ?? 0,
    );
    await presenter.keyboard.type('hej ');
    await presenter.keyboard.press('Space');
    const status = presenter.getByRole('status').filter({
      hasText: 'Punkt 4 b skrivs av Lena Bergström',
    });
    await status.waitFor();
    expect(await presenter.evaluate(() => window.scrollY)).toBe(scrolled);
    expect(
      await presenter.evaluate(() => document.querySelector('.meeting-document')?.scrollTop ?? 0),
    ).toBe(scrolledDocument);
    expect(await field.textContent()).toBe(before);
    await screenshotPage(presenter, 'presenter-typing-refused');
  });
});

describe('locked minutes show no work in progress', () => {
  const session = useSignedInSession(DEMO.secretary.email);
  let secretary: Page;

  beforeAll(async () => {
    secretary = session.page;
    await openMeetingFromList(secretary, '17 september 2026');
  });

  it('has no "Sparat" and no presence on locked minutes', async () => {
    await secretary.getByRole('complementary', { name: 'Godkännande' }).waitFor();
    expect(await secretary.getByTestId('save-state').count()).toBe(0);
    expect(await secretary.locator('.collab-presence').count()).toBe(0);
    await expectNoA11yViolations(secretary, LANDMARK_RULES);
  });
});

describe('comparison covers the attendance and the header', () => {
  const session = useSignedInSession(DEMO.secretary.email, {
    viewport: { width: 1400, height: 900 },
  });
  let secretary: Page;

  beforeAll(async () => {
    secretary = session.page;
  });

  it('shows a correction of attendance in the circulated minutes as a change of that person', async () => {
    const meetingId = await openMeetingFromList(secretary, '22 oktober 2026');
    const status = secretary.getByLabel('Närvaro för Helena Ek');
    const before = await status.inputValue();
    await status.selectOption(before === 'absent' ? 'present' : 'absent');
    const snapshots = (await (
      await secretary.request.get(`/api/meetings/${encodeURIComponent(meetingId)}/snapshots`)
    ).json()) as { snapshots: Array<{ id: string; circulated: boolean }> };
    const circulated = snapshots.snapshots.find((snapshot) => snapshot.circulated)!;
    await secretary.goto(
      `/#/meetings/${encodeURIComponent(meetingId)}/compare/${circulated.id}/current`,
    );
    const attendance = secretary.getByRole('region', { name: 'Närvaro' });
    const person = attendance.locator('div', { hasText: 'Helena Ek' });
    await person.getByText('ändrad').waitFor();
    expect(await person.locator('del').textContent()).toContain(
      before === 'absent' ? 'Frånvarande' : 'Närvarande',
    );
    expect(await person.locator('ins').textContent()).toContain(
      before === 'absent' ? 'Närvarande' : 'Frånvarande',
    );
    await secretary.getByRole('region', { name: 'Mötets uppgifter' }).waitFor();
    await screenshotPage(secretary, 'history-compare-attendance');
    await expectNoA11yViolations(secretary);
  });
});
