// @vitest-environment happy-dom
import { act, createElement, useCallback, useState } from 'react';
import { createRoot } from 'react-dom/client';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { bodyEndpoint, type BodyDetail } from '@anteckna/contract';
import { callApi } from '../../app/api.ts';
import { initI18n } from '../../i18n/i18n.ts';
import { submit, typeInto } from '../../testSupport/meetingHarness.ts';
import { MemberOrganisationsSection } from './MemberOrganisationsSection.tsx';

const BODY: BodyDetail = {
  id: 'b1',
  name: 'Länschefsnätverket',
  shortName: 'LCHNV',
  organisation: 'Region Dalarna',
  organisationLines: [],
  memberOrganisations: ['Avesta', 'Borlänge'],
  members: [],
  vacancies: [],
  aliases: [],
};

/**
 * The server as the section meets it: one body whose list `stored` holds, changed by the
 * contract's organisation endpoints one organisation at a time, and refusing a body update with
 * fields it does not know (the whole list) as the real one does.
 */
function serverHolding(stored: string[]) {
  const answer = (status: number, json: unknown) =>
    Promise.resolve(Response.json(json, { status }));
  const body = () => answer(200, { ...BODY, memberOrganisations: [...stored] });
  const refuse = (status: number, id: string) => answer(status, { error: { id, message: id } });
  const sent: string[] = [];
  vi.stubGlobal('fetch', async (url: string, init: RequestInit = {}) => {
    const method = init.method ?? 'GET';
    sent.push(`${method} ${url}`);
    const path = new URL(url, 'http://localhost').pathname;
    const one = /^\/api\/bodies\/b1\/organisations\/([^/]+)(\/move)?$/.exec(path);
    const name = one ? decodeURIComponent(one[1]!) : '';
    const at = stored.indexOf(name);
    if (method === 'GET' && path === '/api/bodies/b1') return body();
    if (method === 'POST' && path === '/api/bodies/b1/organisations') {
      const { organisation } = JSON.parse(String(init.body)) as { organisation: string };
      if (stored.includes(organisation)) return refuse(409, 'organisation_exists');
      stored.push(organisation);
      return body();
    }
    if (one && at < 0) return refuse(404, 'organisation_not_found');
    if (one && method === 'DELETE' && !one[2]) {
      stored.splice(at, 1);
      return body();
    }
    if (one && method === 'POST' && one[2]) {
      const { direction } = JSON.parse(String(init.body)) as { direction: 'up' | 'down' };
      const to = direction === 'up' ? at - 1 : at + 1;
      if (to >= 0 && to < stored.length) [stored[at], stored[to]] = [stored[to]!, stored[at]!];
      return body();
    }
    return refuse(400, 'invalid_request');
  });
  return { sent };
}

/** The section on the body page: it shows what the last write answered, or what a reload read. */
function Page({ rendered }: { rendered: BodyDetail }) {
  const [body, setBody] = useState(rendered);
  const reload = useCallback(() => {
    void callApi(bodyEndpoint, { params: { id: 'b1' } }).then(setBody);
  }, []);
  return createElement(MemberOrganisationsSection, {
    body,
    canManage: true,
    onSaved: setBody,
    reload,
  });
}

const unmounts: Array<() => void> = [];
afterEach(() => {
  while (unmounts.length > 0) unmounts.pop()?.();
  vi.unstubAllGlobals();
});

/** The section rendered with Avesta and Borlänge, as the page loaded them. */
function renderSection(): HTMLElement {
  initI18n();
  const container = document.createElement('div');
  document.body.append(container);
  const root = createRoot(container);
  act(() => root.render(createElement(Page, { rendered: BODY })));
  unmounts.push(() => {
    act(() => root.unmount());
    container.remove();
  });
  return container;
}

/** Lets the answers of the requests sent come in and the page show them. */
async function answered(): Promise<void> {
  for (let turn = 0; turn < 5; turn += 1)
    await act(async () => new Promise((resolve) => setTimeout(resolve, 0)));
}

const shown = (container: HTMLElement) =>
  [...container.querySelectorAll('.body-organisations li > span')].map((span) => span.textContent);

function button(container: HTMLElement, label: string): HTMLButtonElement {
  const found = container.querySelector<HTMLButtonElement>(`button[aria-label="${label}"]`);
  if (!found) throw new Error(`no button "${label}"`);
  return found;
}

describe('the member organisations of a body', () => {
  it('adding one keeps an organisation another secretary added since the page loaded', async () => {
    const stored = ['Avesta', 'Borlänge', 'Mora'];
    const { sent } = serverHolding(stored);
    const container = renderSection();

    typeInto(container.querySelector<HTMLInputElement>('form input')!, ' Falun ');
    submit(container.querySelector('form')!);
    await answered();

    expect(sent).toEqual(['POST /api/bodies/b1/organisations']);
    expect(stored).toEqual(['Avesta', 'Borlänge', 'Mora', 'Falun']);
    expect(shown(container)).toEqual(['Avesta', 'Borlänge', 'Mora', 'Falun']);
  });

  it('removing one keeps an organisation another secretary added since the page loaded', async () => {
    const stored = ['Avesta', 'Borlänge', 'Mora'];
    serverHolding(stored);
    const container = renderSection();

    act(() => button(container, 'Ta bort Borlänge').click());
    await answered();

    expect(stored).toEqual(['Avesta', 'Mora']);
    expect(shown(container)).toEqual(['Avesta', 'Mora']);
  });

  it('moving one moves it from where it is now, keeping the rest', async () => {
    const stored = ['Mora', 'Avesta', 'Borlänge'];
    serverHolding(stored);
    const container = renderSection();

    act(() => button(container, 'Flytta Borlänge ett steg tidigare i listan').click());
    await answered();

    expect(stored).toEqual(['Mora', 'Borlänge', 'Avesta']);
    expect(shown(container)).toEqual(['Mora', 'Borlänge', 'Avesta']);
  });

  it('removing one someone else removed already says so and shows the list as it is now', async () => {
    const stored = ['Avesta', 'Orsa'];
    const { sent } = serverHolding(stored);
    const container = renderSection();

    act(() => button(container, 'Ta bort Borlänge').click());
    await answered();

    expect(sent).toEqual([
      'DELETE /api/bodies/b1/organisations/Borl%C3%A4nge',
      'GET /api/bodies/b1',
    ]);
    expect(container.querySelector('[role="alert"]')!.textContent).toBe(
      'Organisationen finns inte längre i listan: någon annan har just tagit bort den. Sidan visar listan som den är nu.',
    );
    expect(shown(container)).toEqual(['Avesta', 'Orsa']);
  });
});
