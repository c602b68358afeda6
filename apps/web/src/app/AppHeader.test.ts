// @vitest-environment happy-dom
import { act, createElement } from 'react';
import { createRoot } from 'react-dom/client';
import { computeAccessibleName } from 'dom-accessibility-api';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { Me } from '@anteckna/contract';
import { chooseLanguage, initI18n } from '../i18n/i18n.ts';
import { SessionProvider, useSession } from '../features/auth/SessionContext.tsx';
import { AppHeader } from './AppHeader.tsx';

// React flushes effects and state inside act() only when told it runs under a test.
(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

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

/** The header as Anna sees it once the server has said who she is. */
function SignedInHeader() {
  const { session } = useSession();
  return session.status === 'signedIn' ? createElement(AppHeader) : null;
}

const unmounts: Array<() => void> = [];
afterEach(() => {
  while (unmounts.length > 0) unmounts.pop()?.();
  vi.unstubAllGlobals();
});

async function renderHeader(): Promise<HTMLElement> {
  initI18n();
  vi.stubGlobal('fetch', async () => Response.json(anna));
  const container = document.createElement('div');
  document.body.append(container);
  const root = createRoot(container);
  await act(async () => {
    root.render(createElement(SessionProvider, null, createElement(SignedInHeader)));
  });
  unmounts.push(() => {
    act(() => root.unmount());
    container.remove();
  });
  return container;
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
