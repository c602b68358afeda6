import type { Page } from 'playwright-core';

export interface CollabRelay {
  /** From now on, what the page sends to the collaboration server waits here. */
  hold(): void;
  /** Sends everything held, in order, and lets later messages through at once. */
  release(): void;
  heldCount(): number;
}

/**
 * Puts the page's collaboration sockets through a relay that can hold the page's outgoing
 * messages: an edit typed while holding is "in flight", sent before the server's news arrived
 * and delivered after it. Messages from the server and close codes pass unchanged.
 * Call before the page opens the meeting.
 */
export async function relayCollabSockets(page: Page): Promise<CollabRelay> {
  let holding = false;
  const held: Array<() => void> = [];
  await page.routeWebSocket(/\/collab\//, (socket) => {
    const server = socket.connectToServer();
    socket.onMessage((message) => {
      if (holding) held.push(() => server.send(message));
      else server.send(message);
    });
    server.onClose((code, reason) => void socket.close({ code, reason }));
    socket.onClose((code, reason) => void server.close({ code, reason }));
  });
  return {
    hold: () => {
      holding = true;
    },
    release: () => {
      holding = false;
      for (const send of held.splice(0)) send();
    },
    heldCount: () => held.length,
  };
}
