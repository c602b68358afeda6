import type { Page } from 'playwright-core';
import { fetchMeeting, fieldEditor, openMeetingFromList, type MinutesItem } from './meetingPage.ts';
import { pollUntil } from './poll.ts';

/** What the server's register lists now, read beside what the page shows. */
export interface ServerRegister<T> {
  read(): Promise<T>;
  /** Polls until the register is as `ready` says: it is rebuilt once the minutes are quiet. */
  until(ready: (register: T) => boolean, what: string): Promise<T>;
}

/**
 * Opens a register of a body from the meetings page by its link ("Uppdrag", "Roller"), with the
 * register as the server lists it (`GET /api/bodies/<id>/<register>`, typed `T` by the caller).
 */
export async function openBodyRegister<T>(
  page: Page,
  body: string,
  link: string,
): Promise<ServerRegister<T>> {
  await page.goto('/#/');
  await page
    .getByRole('region', { name: new RegExp(`^${body}`) })
    .getByRole('link', { name: link })
    .click();
  await page.waitForURL(/#\/bodies\/[^/]+\/[a-z]+$/);
  const [, bodyId, register] = /#\/bodies\/([^/]+)\/([a-z]+)$/.exec(page.url())!;
  const read = async () =>
    (await (await page.request.get(`/api/bodies/${bodyId}/${register}`)).json()) as T;
  return {
    read,
    until: (ready, what) =>
      pollUntil(
        async () => {
          const now = await read();
          return ready(now) ? now : null;
        },
        { what, intervalMs: 200 },
      ),
  };
}

/**
 * The same person's second tab on a meeting, with the words of one clause of an item's decision
 * selected as a triple click selects them: what is typed next rewrites the clause, Backspace
 * empties it. For changing the minutes behind a page that is already showing them.
 */
export async function selectClauseInNewTab(
  page: Page,
  where: { meetingDate: string; itemTitle: string; clause: string },
): Promise<{ tab: Page; decisionNow(): Promise<MinutesItem['decision']> }> {
  const tab = await page.context().newPage();
  await tab.goto('/#/');
  const meetingId = await openMeetingFromList(tab, where.meetingDate);
  const item = (await fetchMeeting(tab, meetingId)).minutes.items.find(
    (candidate) => candidate.title === where.itemTitle,
  );
  if (!item) throw new Error(`the meeting of ${where.meetingDate} has no "${where.itemTitle}"`);
  await fieldEditor(tab, `Beslut, punkt ${item.number}`)
    .getByText(where.clause)
    .click({ clickCount: 3 });
  return {
    tab,
    // Read with the first page: the tab may be closed by then.
    decisionNow: async () =>
      (await fetchMeeting(page, meetingId)).minutes.items.find(({ id }) => id === item.id)!
        .decision,
  };
}
