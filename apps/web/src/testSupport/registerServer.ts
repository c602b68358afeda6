import { vi } from 'vitest';
import { secretaryOf } from './signedInRender.ts';

/** What a register's row says of where its clause stands. */
interface ClauseRow {
  meetingId: string;
  itemId: string;
  position: number;
}

/**
 * The server of body b1's register `register` (`tasks` or `roles`) after the clause of `shown`
 * was removed from the minutes: a change of it is refused as the real server refuses it (409
 * `unknown_clause`), and the register lists `now` from then on. Stubs `fetch` (restored by
 * `useSignedInRender`); the bodies of the changes sent are in `patches`.
 */
export function registerWithClauseRemoved<Row extends ClauseRow>(
  register: 'tasks' | 'roles',
  shown: Row,
  now: Row,
) {
  const patches: unknown[] = [];
  let rows = [shown];
  const clausePath = `/api/bodies/b1/${register}/${shown.meetingId}/${shown.itemId}/${shown.position}`;
  vi.stubGlobal('fetch', async (url: string, init: RequestInit = {}) => {
    const path = new URL(url, 'http://localhost').pathname;
    if (path === '/api/me') return Response.json(secretaryOf('b1'));
    if (path === `/api/bodies/b1/${register}`) return Response.json({ [register]: rows });
    if (init.method === 'PATCH' && path === clausePath) {
      patches.push(JSON.parse(String(init.body)));
      rows = [now];
      return Response.json(
        { error: { id: 'unknown_clause', message: 'The clause is no longer in the minutes' } },
        { status: 409 },
      );
    }
    return Response.json({ error: { id: 'not_found', message: path } }, { status: 404 });
  });
  return { patches };
}

/** What the web app says of that refusal, in Swedish. */
export const CLAUSE_GONE_SV =
  'Att-satsen har tagits bort eller skrivits om i minnesanteckningarna sedan registret visades, så ingenting ändrades. Registret har lästs in på nytt: försök igen på rätt rad.';
