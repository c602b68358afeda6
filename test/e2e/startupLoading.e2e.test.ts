import { describe, expect, it } from 'vitest';
import WebSocket from 'ws';
import { WebsocketProvider } from 'y-websocket';
import * as Y from 'yjs';
import {
  DEMO,
  DEMO_PASSWORD,
  pollUntil,
  recordModuleLoads,
  registerCleanup,
  startServer,
} from './support/index.ts';

/** The chunk the build makes of the HTTP API (apps/server/src/apiApp.ts, http/lazyApi.ts). */
const API_CHUNK = /\/apps\/server\/dist\/chunks\/apiApp-[A-Z0-9]+\.js$/;

async function signIn(url: string): Promise<string> {
  const response = await fetch(`${url}/api/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ email: DEMO.secretary.email, password: DEMO_PASSWORD }),
  });
  expect(response.status).toBe(200);
  return response.headers.getSetCookie()[0]!.split(';')[0]!;
}

/** A stock Yjs client of the meeting, sending the session cookie; resolves once it is synced. */
async function syncedDoc(url: string, meetingId: string, cookie: string): Promise<Y.Doc> {
  class SignedInSocket extends WebSocket {
    constructor(address: string, protocols?: string | string[]) {
      super(address, protocols, { headers: { cookie, origin: url } });
    }
  }
  const doc = new Y.Doc();
  const provider = new WebsocketProvider(`${url.replace(/^http/, 'ws')}/collab`, meetingId, doc, {
    WebSocketPolyfill: SignedInSocket as unknown as typeof globalThis.WebSocket,
    disableBc: true,
  });
  registerCleanup(() => provider.destroy());
  await pollUntil(() => (provider.synced ? true : null), { what: 'the meeting to sync' });
  return doc;
}

describe('a restart of the built server', () => {
  it('answers /api/health and syncs a signed-in client without loading the API, and loads it on the first API request', async () => {
    const before = await startServer();
    const cookie = await signIn(before.url);
    const listed = await fetch(`${before.url}/api/meetings`, { headers: { cookie } });
    const { meetings } = (await listed.json()) as { meetings: Array<{ id: string }> };
    await before.kill();

    const modules = recordModuleLoads();
    // startServer waits until /api/health answers 200.
    const server = await startServer({
      dataDir: before.dataDir,
      nodeArgs: modules.nodeArgs,
      env: modules.env,
    });
    const doc = await syncedDoc(server.url, meetings[0]!.id, cookie);
    expect(Y.encodeStateAsUpdate(doc).length).toBeGreaterThan(1000);
    const atStart = modules.loaded();
    expect(atStart.some((url) => url.endsWith('/apps/server/dist/main.js'))).toBe(true);
    expect(atStart.filter((url) => API_CHUNK.test(url))).toEqual([]);

    const me = await fetch(`${server.url}/api/me`, { headers: { cookie } });
    expect(me.status).toBe(200);
    expect(modules.loaded().filter((url) => API_CHUNK.test(url))).toHaveLength(1);
  });
});
