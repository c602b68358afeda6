import type { MeetingDetail } from '@anteckna/contract';
import type { Locator, Page } from 'playwright-core';

/** The API's answer for a meeting (`GET /api/meetings/:id`), as the contract types it. */
export type MeetingAnswer = MeetingDetail;
export type MinutesItem = MeetingDetail['minutes']['items'][number];

/** Opens a meeting from the meetings list by its date as the list shows it ("10 december 2026"). */
export async function openMeetingFromList(page: Page, dateLabel: string): Promise<string> {
  await page.getByRole('link', { name: new RegExp(`^${dateLabel}\\b`) }).click();
  await waitConnected(page);
  const id = /#\/meetings\/([^/]+)/.exec(page.url())?.[1];
  if (!id) throw new Error(`no meeting id in ${page.url()}`);
  return decodeURIComponent(id);
}

/** The status line says "Ansluten" once the server's state has arrived. */
export async function waitConnected(page: Page): Promise<void> {
  await page.getByRole('status').filter({ hasText: 'Anslutning: Ansluten' }).waitFor();
}

/** "Sparat": the server has confirmed every edit made in this tab. */
export async function waitSaved(page: Page): Promise<void> {
  await page
    .getByTestId('save-state')
    .filter({ hasText: /^Sparat$/ })
    .waitFor();
}

/** A field editor by its accessible name, "Bakgrund, punkt 4 a". */
export function fieldEditor(page: Page, name: string): Locator {
  return page.getByRole('textbox', { name, exact: true });
}

/** Puts the caret at the end of a field and types, as a person would. */
export async function typeAtEnd(page: Page, name: string, text: string): Promise<void> {
  const editor = fieldEditor(page, name);
  await editor.click();
  await page.keyboard.press('Control+End');
  await page.keyboard.type(text);
}

/** The root names (`item:<id>:<field>`) of every field editor on the page the person can type in. */
export async function editableRoots(page: Page): Promise<string[]> {
  return page
    .locator('[data-root][contenteditable="true"]')
    .evaluateAll((elements) => elements.map((element) => element.getAttribute('data-root') ?? ''));
}

/** The meeting as the server reads it from its document, fetched with the page's session. */
export async function fetchMeeting(
  page: Page,
  meetingId: string,
  baseUrl?: string,
): Promise<MeetingAnswer> {
  const path = `/api/meetings/${encodeURIComponent(meetingId)}`;
  const response = await page.request.get(baseUrl ? `${baseUrl}${path}` : path);
  if (!response.ok()) throw new Error(`GET ${path} answered ${response.status()}`);
  return (await response.json()) as MeetingAnswer;
}

export function itemByNumber(answer: MeetingAnswer, number: string): MinutesItem {
  const item = answer.minutes.items.find((candidate) => candidate.number === number);
  if (!item) throw new Error(`the meeting has no item ${number}`);
  return item;
}

/** Every text run of a field's blocks, joined: enough to ask "is this sentence there?". */
export function blocksText(blocks: unknown): string {
  if (typeof blocks === 'string') return blocks;
  if (Array.isArray(blocks)) return blocks.map(blocksText).join(' ');
  if (blocks && typeof blocks === 'object') {
    return Object.entries(blocks)
      .filter(([key]) => key === 'text' || key === 'runs' || key === 'items' || key === 'blocks')
      .map(([, value]) => blocksText(value))
      .join(' ');
  }
  return '';
}

/** What a screen reader says after the field's name: the lock note's reason, when there is one. */
export async function fieldDescription(page: Page, name: string): Promise<string> {
  return fieldEditor(page, name).evaluate((element) => {
    const ids = (element.getAttribute('aria-describedby') ?? '').split(/\s+/).filter(Boolean);
    return ids.map((id) => document.getElementById(id)?.textContent?.trim() ?? '').join(' ');
  });
}

/** The user id of whoever is signed in on the page (`GET /api/me`). */
export async function signedInUserId(page: Page): Promise<string> {
  const response = await page.request.get('/api/me');
  if (!response.ok()) throw new Error(`GET /api/me answered ${response.status()}`);
  return ((await response.json()) as { user: { id: string } }).user.id;
}
