// @vitest-environment happy-dom
import { act, createElement } from 'react';
import { describe, expect, it } from 'vitest';
import type { TaskEntry } from '@anteckna/contract';
import { CLAUSE_GONE_SV, registerWithClauseRemoved } from '../../testSupport/registerServer.ts';
import { untilShown, useSignedInRender } from '../../testSupport/signedInRender.ts';
import { TaskRegisterPage } from './TaskRegisterPage.tsx';

const task = (text: string): TaskEntry => ({
  kind: 'task',
  meetingId: 'm1',
  meetingDate: '2026-11-12',
  meetingTitle: 'Nätverksmöte',
  itemId: 'i1',
  itemNumber: '4',
  itemTitle: 'Handlingsplan',
  position: 1,
  text,
  status: 'open',
});

const render = useSignedInRender();

describe('the task list', () => {
  it('[W6] sends the task as shown, says in Swedish that it is gone from the minutes, and shows the list as it is now', async () => {
    const { patches } = registerWithClauseRemoved(
      'tasks',
      task('uppdra åt RSS Dalarna att följa upp planen'),
      task('uppdra åt arbetsgruppen att sprida planen'),
    );
    const container = await render(createElement(TaskRegisterPage, { bodyId: 'b1' }));
    await untilShown(container, 'att följa upp planen');
    const markDone = [...container.querySelectorAll('button')].find((b) =>
      b.textContent?.includes('följa upp planen'),
    );
    await act(async () => markDone!.click());

    expect(patches).toEqual([{ done: true, text: 'uppdra åt RSS Dalarna att följa upp planen' }]);
    await untilShown(container, 'att sprida planen');
    expect(container.textContent).not.toContain('att följa upp planen');
    expect(container.querySelector('[role="status"]')!.textContent).toBe(CLAUSE_GONE_SV);
  });
});
