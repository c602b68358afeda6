// @vitest-environment happy-dom
import { act, createElement } from 'react';
import { computeAccessibleName } from 'dom-accessibility-api';
import { describe, expect, it, vi } from 'vitest';
import type { Me } from '@anteckna/contract';
import { chooseLanguage } from '../i18n/i18n.ts';
import { useSignedInRender } from '../testSupport/signedInRender.ts';
import { AppHeader } from './AppHeader.tsx';

const anna: Me = {
  user: {
    id: 'u1',
    email: 'anna.svensson@test.exempel.se',
    name: 'Anna Svensson',
    title: 'Socialchef',
    organisation: 'Avesta',
    locale: 'sv',
  },
  memberships: [],
};

const render = useSignedInRender();

async function renderHeader(): Promise<HTMLElement> {
  vi.stubGlobal('fetch', async () => Response.json(anna));
  return render(createElement(AppHeader));
}

function accountLink(container: HTMLElement): HTMLAnchorElement {
  const link = container.querySelector<HTMLAnchorElement>('a[href="#/account"]');
  if (!link) throw new Error('no account link in the header');
  return link;
}

describe('the header', () => {
  it('names the account link as one phrase, without a space before the comma', async () => {
    const container = await renderHeader();
    const link = accountLink(container);
    expect(link.textContent).toContain('Anna Svensson');
    expect(computeAccessibleName(link)).toBe('Inloggad som Anna Svensson, Konto');
  });

  it('names the account link in English when English is chosen', async () => {
    const container = await renderHeader();
    await act(async () => chooseLanguage('en'));
    expect(computeAccessibleName(accountLink(container))).toBe(
      'Signed in as Anna Svensson, Account',
    );
    await act(async () => chooseLanguage('sv'));
  });
});
