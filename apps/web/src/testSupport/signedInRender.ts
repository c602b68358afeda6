import { act, createElement, type ReactElement, type ReactNode } from 'react';
import { createRoot } from 'react-dom/client';
import { afterEach, expect, vi } from 'vitest';
import type { Me } from '@anteckna/contract';
import { initI18n } from '../i18n/i18n.ts';
import { SessionProvider, useSession } from '../features/auth/SessionContext.tsx';

// React flushes effects and state inside act() only when told it runs under a test.
(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

/** What the login gate lets through: the screen, once the server has said who is signed in. */
function SignedIn({ children }: { children: ReactNode }) {
  const { session } = useSession();
  return session.status === 'signedIn' ? children : null;
}

/**
 * Screens behind the login gate rendered as the app does: the session asks `GET /api/me` (the
 * test's stubbed `fetch` answers), and the screen shows once signed in. Unmounted and `fetch`
 * restored after each test. Call once per test file, in a DOM environment.
 */
export function useSignedInRender() {
  const unmounts: Array<() => void> = [];
  afterEach(() => {
    while (unmounts.length > 0) unmounts.pop()?.();
    vi.unstubAllGlobals();
  });
  return async function render(screen: ReactElement): Promise<HTMLElement> {
    initI18n();
    const container = document.createElement('div');
    document.body.append(container);
    const root = createRoot(container);
    await act(async () => {
      root.render(createElement(SessionProvider, null, createElement(SignedIn, null, screen)));
    });
    unmounts.push(() => {
      act(() => root.unmount());
      container.remove();
    });
    return container;
  };
}

/** Anna Svensson, secretary of body `bodyId` (Länschefsnätverket), as `GET /api/me` answers. */
export function secretaryOf(bodyId: string): Me {
  return {
    user: {
      id: 'u1',
      email: 'anna.svensson@test.exempel.se',
      name: 'Anna Svensson',
      title: 'Sekreterare',
      organisation: 'Region Dalarna',
      locale: 'sv',
    },
    memberships: [
      { bodyId, bodyName: 'Länschefsnätverket', bodyShortName: 'LCHNV', role: 'secretary' },
    ],
  };
}

/** Waits (polling, no fixed sleep) until the screen shows `text`. */
export async function untilShown(container: HTMLElement, text: string): Promise<void> {
  await vi.waitFor(async () => {
    await act(async () => {});
    expect(container.textContent).toContain(text);
  });
}
