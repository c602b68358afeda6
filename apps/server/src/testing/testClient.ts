import WebSocket from 'ws';
import { WebsocketProvider } from 'y-websocket';
import * as Y from 'yjs';

export interface TestClient {
  doc: Y.Doc;
  provider: WebsocketProvider;
  /** Close events the provider saw, newest last. */
  closes: Array<{ code: number; reason: string }>;
  destroy(): void;
}

/**
 * The stock y-websocket client, as a Node program would use it: the `ws` package with the
 * session cookie (and optionally an Origin) on the upgrade.
 */
export function connectClient(
  baseUrl: string,
  meetingId: string,
  cookie: string | null,
  options: { origin?: string; doc?: Y.Doc } = {},
): TestClient {
  const headers: Record<string, string> = {};
  if (cookie) headers.cookie = cookie;
  if (options.origin) headers.origin = options.origin;
  class CookieWebSocket extends WebSocket {
    constructor(address: string | URL, protocols?: string | string[]) {
      super(address, protocols, { headers });
    }
  }
  const doc = options.doc ?? new Y.Doc();
  const provider = new WebsocketProvider(
    baseUrl.replace(/^http/, 'ws') + '/collab',
    meetingId,
    doc,
    {
      WebSocketPolyfill: CookieWebSocket as unknown as typeof globalThis.WebSocket,
      disableBc: true,
    },
  );
  const closes: TestClient['closes'] = [];
  provider.on('connection-close', (event) => {
    if (event) closes.push({ code: event.code, reason: event.reason });
  });
  return {
    doc,
    provider,
    closes,
    destroy() {
      provider.destroy();
      doc.destroy();
    },
  };
}
