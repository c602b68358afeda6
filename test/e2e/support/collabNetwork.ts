import type { BrowserContext, Page, WebSocketRoute } from 'playwright-core';

export interface CollabNetwork {
  /**
   * The computer loses its network: the browser says it is offline and the open collaboration
   * socket dies. (Chromium's offline emulation alone blocks new sockets but keeps an open one
   * working, so the socket is cut here as a dropped connection would be.)
   */
  goOffline(): Promise<void>;
  /** Only the collaboration server is out of reach; pages still load, so the page can reload. */
  cutCollab(): Promise<void>;
  /** Network and collaboration server are back; the page reconnects by itself. */
  restore(): Promise<void>;
}

/** 1006: the connection went away without a close frame, as it does when the network drops. */
const DROPPED = { code: 1006, reason: 'network lost' };

/**
 * Puts the page's collaboration sockets where the test can cut them. Call before the page opens
 * the meeting.
 */
export async function controlCollabNetwork(
  context: BrowserContext,
  page: Page,
): Promise<CollabNetwork> {
  let cut = false;
  const open = new Set<{ socket: WebSocketRoute; server: WebSocketRoute }>();
  await page.routeWebSocket(/\/collab\//, (socket) => {
    if (cut) return void socket.close(DROPPED);
    const server = socket.connectToServer();
    const pair = { socket, server };
    open.add(pair);
    socket.onMessage((message) => server.send(message));
    server.onClose((code, reason) => {
      open.delete(pair);
      void socket.close({ code, reason });
    });
    socket.onClose((code, reason) => {
      open.delete(pair);
      void server.close({ code, reason });
    });
  });
  const cutAll = async () => {
    cut = true;
    for (const pair of [...open]) {
      open.delete(pair);
      await pair.socket.close(DROPPED);
      await pair.server.close();
    }
  };
  return {
    goOffline: async () => {
      await context.setOffline(true);
      await cutAll();
    },
    cutCollab: cutAll,
    restore: async () => {
      cut = false;
      await context.setOffline(false);
    },
  };
}
