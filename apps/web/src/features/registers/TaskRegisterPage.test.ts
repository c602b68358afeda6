// @vitest-environment happy-dom
import { act, createElement } from 'react';
import { describe, expect, it, vi } from 'vitest';
import type { Me, TaskEntry } from '@anteckna/contract';
import { useSignedInRender } from '../../testSupport/signedInRender.ts';
import { TaskRegisterPage } from './TaskRegisterPage.tsx';

const secretary: Me = {
  user: {
    id: 'u1',
    email: 'anna.svensson@test.exempel.se',
    name: 'Anna Svensson',
    title: 'Sekreterare',
    organisation: 'Region Dalarna',
    locale: 'sv',
  },
  memberships: [
    { bodyId: 'b1', bodyName: 'Länschefsnätverket', bodyShortName: 'LCHNV', role: 'secretary' },
  ],
};

const task = (position: number, text: string): TaskEntry => ({
  kind: 'task',
  meetingId: 'm1',
  meetingDate: '2026-11-12',
  meetingTitle: 'Nätverksmöte',
  itemId: 'i1',
  itemNumber: '4',
  itemTitle: 'Handlingsplan',
  position,
  text,
  status: 'open',
});

/**
 * The server after the task the page shows was removed from the minutes: it refuses the change
 * as the real one does (409 unknown_clause) and lists the tasks as they are now.
 */
function serverWithTaskRemoved() {
  const patches: unknown[] = [];
  let tasks = [task(1, 'uppdra åt RSS Dalarna att följa upp planen')];
  vi.stubGlobal('fetch', async (url: string, init: RequestInit = {}) => {
    const path = new URL(url, 'http://localhost').pathname;
    if (path === '/api/me') return Response.json(secretary);
    if (path === '/api/bodies/b1/tasks') return Response.json({ tasks });
    if (init.method === 'PATCH' && path === '/api/bodies/b1/tasks/m1/i1/1') {
      patches.push(JSON.parse(String(init.body)));
      tasks = [task(1, 'uppdra åt arbetsgruppen att sprida planen')];
      return Response.json(
        { error: { id: 'unknown_clause', message: 'The clause is no longer in the minutes' } },
        { status: 409 },
      );
    }
    return Response.json({ error: { id: 'not_found', message: path } }, { status: 404 });
  });
  return { patches };
}

const render = useSignedInRender();

/** Waits (polling, no fixed sleep) until `found` holds of what the page shows. */
async function until(container: HTMLElement, found: (text: string) => boolean) {
  await vi.waitFor(async () => {
    await act(async () => {});
    expect(found(container.textContent ?? '')).toBe(true);
  });
}

describe('the task list', () => {
  it('[W6] sends the task as shown, says in Swedish that it is gone from the minutes, and shows the list as it is now', async () => {
    const { patches } = serverWithTaskRemoved();
    const container = await render(createElement(TaskRegisterPage, { bodyId: 'b1' }));
    await until(container, (text) => text.includes('att följa upp planen'));
    const markDone = [...container.querySelectorAll('button')].find((b) =>
      b.textContent?.includes('följa upp planen'),
    );
    await act(async () => markDone!.click());

    expect(patches).toEqual([{ done: true, text: 'uppdra åt RSS Dalarna att följa upp planen' }]);
    await until(container, (text) => text.includes('att sprida planen'));
    expect(container.textContent).not.toContain('att följa upp planen');
    expect(container.querySelector('[role="status"]')!.textContent).toBe(
      'Att-satsen har tagits bort eller skrivits om i minnesanteckningarna sedan registret visades, så ingenting ändrades. Registret har lästs in på nytt: försök igen på rätt rad.',
    );
  });
});
