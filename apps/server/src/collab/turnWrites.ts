import type { Socket } from 'node:net';
import type { WebSocket } from 'ws';

/**
 * Everything sent to one socket during one event-loop turn leaves in one write: the socket is
 * corked at the turn's first message and uncorked when the turn's work is done (after the write
 * batcher's broadcast and the presence relay, which run in the same turn). A write costs far more
 * than its bytes (on the loopback the kernel does the receiver's TCP work inside the sender's
 * write): with thirty people typing, a turn's document update and presence change were two
 * writes to each of thirty sockets.
 */
const corked = new Set<Socket>();

export function sendInTurn(ws: WebSocket, message: Uint8Array): void {
  // ws keeps its TCP socket in `_socket`; it offers no public way to batch frames.
  const socket = (ws as unknown as { _socket?: Socket })._socket;
  if (socket && !corked.has(socket)) {
    socket.cork();
    corked.add(socket);
    if (corked.size === 1) setImmediate(uncorkAll);
  }
  ws.send(message, { binary: true });
}

function uncorkAll(): void {
  for (const socket of corked) socket.uncork();
  corked.clear();
}
