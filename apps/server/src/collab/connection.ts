import type { Actor } from '@anteckna/domain';
import type { PresenceUser } from './presence.ts';

/**
 * One client's WebSocket as the collaboration layer sees it: transport-free, so the room logic is
 * tested without sockets. `send` and `close` are the only ways out.
 */
export interface CollabConnection {
  readonly id: number;
  readonly meetingId: string;
  readonly user: PresenceUser;
  readonly actor: Actor;
  /** The session the upgrade was made with (its token's hash): the socket ends with it. */
  readonly sessionTokenHash: string;
  /** Awareness client ids this connection introduced: the only ones it may set or remove. */
  readonly ownedClientIds: Set<number>;
  send(message: Uint8Array): void;
  close(code: number, reason: string): void;
  isOpen(): boolean;
}

let nextConnectionId = 1;
export function newConnectionId(): number {
  return nextConnectionId++;
}
