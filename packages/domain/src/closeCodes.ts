/**
 * WebSocket close codes of the collaboration endpoint, shared by server and web app
 * (docs/close-codes.md). The stock y-websocket client treats 4400–4499 as permanent (it stops
 * reconnecting and emits `connection-close`), everything else as transient (it retries with
 * backoff). So "you may not" is a 44xx, "try again" is a 45xx.
 * Close reasons are limited to 123 bytes by the protocol: keep them short and ASCII.
 */
export const CloseCode = {
  /** No session, an expired session, or a wrong Origin on the upgrade. The client must log in. */
  Unauthorized: { code: 4401, reason: 'unauthorized' },
  /** An update touched a field its sender may not write. Nothing of it was stored or sent on. */
  Forbidden: { code: 4403, reason: 'forbidden' },
  /** The meeting does not exist or the person is neither in its body nor a presenter in it. */
  NotFound: { code: 4404, reason: 'meeting not found' },
  /** A message that does not decode as the y-websocket protocol. */
  Malformed: { code: 4400, reason: 'malformed message' },
  /** Minutes are locked: the room is read-only for everyone, and the client should not retry. */
  Locked: { code: 4423, reason: 'minutes locked' },
  /** Too many connections of one person. */
  TooManyConnections: { code: 4429, reason: 'too many connections' },
  /**
   * The connection sent messages far faster than people type (a flood, or a client in a loop).
   * The web app says so and offers to reload; nothing confirmed is lost.
   */
  TooManyMessages: { code: 4430, reason: 'too many messages' },
  /** The update would make the meeting's document larger than its size limit; refused whole. */
  DocumentTooLarge: { code: 4413, reason: 'document size limit reached' },
  /** The session ended: logout (in any tab), expiry, or a password change. Log in again. */
  SessionEnded: { code: 4440, reason: 'session ended' },
  /** The person lost access to the meeting: removed from the body, or from every item they present. */
  AccessEnded: { code: 4441, reason: 'access ended' },
  /** The server reloaded the room (after an apply failure); reconnect and sync again. */
  RoomReset: { code: 4500, reason: 'room reset' },
  /**
   * The server's storage is full: it cannot store writes now (reads still work). The client keeps
   * its edits and retries; they are stored once there is room again.
   */
  StorageFull: { code: 4507, reason: 'storage full' },
  /**
   * The server cannot reach its database (Postgres) now: it stores no writes (reads of what it
   * holds go on). The client keeps its edits and retries; they are stored once it is back.
   */
  DatabaseUnavailable: { code: 4504, reason: 'database unavailable' },
  /** The person's role in the body changed; reconnect to get the new rights. */
  AccessChanged: { code: 4508, reason: 'access changed' },
  /**
   * With several server processes: the process that decided this meeting's writes handed it over
   * (shut down, died, or lost its lease). Reconnect to any process; the next owner loads the
   * meeting from the durable log.
   */
  MeetingMoved: { code: 4509, reason: 'meeting moved' },
  /**
   * With several server processes: the coordination service (Redis) is unreachable, so no write
   * can be decided safely. Reads go on; the client keeps its edits and retries.
   */
  ClusterUnavailable: { code: 4503, reason: 'coordination unavailable' },
  /** Server shutting down; reconnect later. */
  GoingAway: { code: 1001, reason: 'server shutting down' },
  /** Message over the size limit (RFC 6455); the client retries. */
  TooLarge: { code: 1009, reason: 'message too large' },
} as const;

export type CloseCodeName = keyof typeof CloseCode;
export type CloseCodeValue = (typeof CloseCode)[CloseCodeName];

/** True when the stock client will not reconnect by itself after this code. */
export function isPermanentClose(code: number): boolean {
  return code >= 4400 && code <= 4499;
}
