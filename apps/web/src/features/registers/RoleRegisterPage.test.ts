// @vitest-environment happy-dom
import { act, createElement } from 'react';
import { describe, expect, it } from 'vitest';
import type { RoleEntry } from '@anteckna/contract';
import { CLAUSE_GONE_SV, registerWithClauseRemoved } from '../../testSupport/registerServer.ts';
import { untilShown, useSignedInRender } from '../../testSupport/signedInRender.ts';
import { RoleRegisterPage } from './RoleRegisterPage.tsx';

const election = (name: string): RoleEntry => ({
  role: 'ordförande',
  name,
  termFrom: '2026-11-12',
  status: 'current',
  meetingId: 'm1',
  meetingDate: '2026-11-12',
  meetingTitle: 'Nätverksmöte',
  phase: 'circulated',
  itemId: 'i1',
  itemNumber: '4',
  itemTitle: 'Val av ordförande',
  position: 0,
  text: `välja ${name} till ordförande`,
});

const render = useSignedInRender();

describe('the register of roles', () => {
  it('[W6] sends the election as shown, says in Swedish that it is gone from the minutes, and shows the register as it is now', async () => {
    const { patches } = registerWithClauseRemoved(
      'roles',
      election('Anna Berg'),
      election('Per Ek'),
    );
    const container = await render(createElement(RoleRegisterPage, { bodyId: 'b1' }));
    await untilShown(container, 'Anna Berg');
    const edit = container.querySelector<HTMLButtonElement>('button.roles-edit')!;
    await act(async () => edit.click());
    const form = container.querySelector<HTMLFormElement>('form.roles-term-form')!;
    await act(async () => {
      form.dispatchEvent(new Event('submit', { bubbles: true, cancelable: true }));
    });

    expect(patches).toEqual([
      { termFrom: '2026-11-12', termTo: null, text: 'välja Anna Berg till ordförande' },
    ]);
    await untilShown(container, 'Per Ek');
    expect(container.textContent).not.toContain('Anna Berg');
    expect(container.querySelector('form.roles-term-form')).toBeNull();
    expect(container.querySelector('[role="status"]')!.textContent).toBe(CLAUSE_GONE_SV);
  });
});
