import type { Socket } from 'node:net';
import type { WebSocket } from 'ws';

/**
 * Everything sent to one socket during one event-loop turn leaves in one write: the socket is
 * corked at the turn's first message and uncorked when the turn's work is done. A write costs far
 * more than its bytes (on the loopback the kernel does the receiver's TCP work inside the
 * sender's write): with thirty people typing, a turn's document update and presence change were
 * two writes to each of thirty sockets.
 *
 * The turn's work (the write batcher's commit and broadcast, the presence relay) is registered
 * with `atTurnEnd` and runs in one `setImmediate`, and the sockets are uncorked at the end of
 * that same callback. Uncorking from a `setImmediate` of its own, queued while the broadcast ran,
 * held every broadcast until the next turn of the loop, behind all the input that turn read.
 */
const corked = new Set<Socket>();
const tasks: Array<() => void> = [];
let scheduled = false;

/** Runs `task` at the end of this turn, before the sockets written in the turn are uncorked. */
export function atTurnEnd(task: () => void): void {
  tasks.push(task);
  scheduleTurnEnd();
}

export function sendInTurn(ws: WebSocket, message: Uint8Array): void {
  // ws keeps its TCP socket in `_socket`; it offers no public way to batch frames.
  const socket = (ws as unknown as { _socket?: Socket })._socket;
  if (socket && !corked.has(socket)) {
    socket.cork();
    corked.add(socket);
    scheduleTurnEnd();
  }
  ws.send(message, { binary: true });
}

function scheduleTurnEnd(): void {
  if (scheduled) return;
  scheduled = true;
  setImmediate(endTurn);
}

function endTurn(): void {
  let failure: { error: unknown } | null = null;
  // A task may register more (a commit that leads to a server write): they run in this turn too.
  for (let i = 0; i < tasks.length; i++) {
    try {
      tasks[i]!();
    } catch (error) {
      failure ??= { error };
    }
  }
  tasks.length = 0;
  scheduled = false;
  for (const socket of corked) socket.uncork();
  corked.clear();
  if (failure) throw failure.error;
}
