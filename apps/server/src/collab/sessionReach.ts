import { CloseCode, type CloseCodeValue } from '@anteckna/domain';
import type { Db } from '../db/openDatabase.ts';
import { hashToken } from '../auth/sessionStore.ts';
import { findMeetingAccess, type MeetingAccess } from '../meetings/meetingAccess.ts';
import type { CollabConnection } from './connection.ts';
import { allPresenterIds } from './meetingWriteContext.ts';
import type { Room } from './room.ts';

/**
 * A socket lives no longer than its session and its access (CONTRACT "sessions"): the session is
 * checked at the upgrade, and every change that ends it or takes access away closes the open
 * sockets it concerns at once, with a code the web app explains.
 */

/**
 * Which sockets a change reaches, as data rather than a predicate: with several server processes
 * the same reach is sent to every process (apps/server/src/cluster), and each closes its own.
 */
export type SocketReach =
  /** Logout: the sockets opened with this session (its token's hash). */
  | { kind: 'session'; tokenHash: string }
  /** A new password ended every other session of a person: their sockets, but this session's. */
  | { kind: 'otherSessions'; userId: string; keepTokenHash: string }
  /** A person's standing changed (removed from a body, another role): each socket checked again. */
  | { kind: 'access'; userId: string };

/** What closing needs of the collaboration service (its `closeReached`). */
interface SocketCloser {
  closeReached(reach: SocketReach): Promise<number>;
}

/** Logout: the sockets opened with this session. */
export function endSessionSockets(deps: { collab: SocketCloser }, token: string): Promise<number> {
  return deps.collab.closeReached({ kind: 'session', tokenHash: hashToken(token) });
}

/** A new password ended every other session of a person: their sockets, but this session's. */
export function endOtherSessionSockets(
  deps: { collab: SocketCloser },
  userId: string,
  keepToken: string,
): Promise<number> {
  return deps.collab.closeReached({
    kind: 'otherSessions',
    userId,
    keepTokenHash: hashToken(keepToken),
  });
}

/**
 * A person's standing changed (removed from a body, another role): each of their sockets is
 * checked again. No access any more: AccessEnded. Another role: AccessChanged, on which the
 * client reconnects and gets the rights of its new role.
 */
export function recheckAccess(deps: { collab: SocketCloser }, userId: string): Promise<number> {
  return deps.collab.closeReached({ kind: 'access', userId });
}

/**
 * How a reach decides for each open socket (`conns`: those it may concern): the close it gives, or
 * null when the socket stays. For an access change, access is read first, once per meeting.
 */
export async function reachDecider(
  db: Db,
  reach: SocketReach,
  conns: Iterable<CollabConnection>,
): Promise<(conn: CollabConnection) => CloseCodeValue | null> {
  switch (reach.kind) {
    case 'session':
      return (conn) => (conn.sessionTokenHash === reach.tokenHash ? CloseCode.SessionEnded : null);
    case 'otherSessions':
      return (conn) =>
        conn.user.id === reach.userId && conn.sessionTokenHash !== reach.keepTokenHash
          ? CloseCode.SessionEnded
          : null;
    case 'access': {
      const accessTo = new Map<string, MeetingAccess | null>();
      for (const conn of conns) {
        if (conn.user.id !== reach.userId || accessTo.has(conn.meetingId)) continue;
        accessTo.set(conn.meetingId, await findMeetingAccess(db, reach.userId, conn.meetingId));
      }
      return (conn) =>
        conn.user.id === reach.userId && accessTo.has(conn.meetingId)
          ? accessVerdict(conn, accessTo.get(conn.meetingId)!)
          : null;
    }
  }
}

function accessVerdict(
  conn: CollabConnection,
  access: MeetingAccess | null,
): CloseCodeValue | null {
  if (!access) return CloseCode.AccessEnded;
  if (access.bodyRole !== conn.actor.bodyRole || access.role !== conn.user.role) {
    return CloseCode.AccessChanged;
  }
  return null;
}

/**
 * After the agenda of a room changed: an outside presenter who presents no item any more has no
 * business in the meeting. (One who still presents another item stays: the write gate reads the
 * presenters of each item from the agenda on every update.)
 */
export function closeRemovedPresenters(
  room: Room,
  closeWith: (conn: CollabConnection, close: CloseCodeValue) => void,
): void {
  const outsiders = [...room.connections].filter((conn) => conn.actor.bodyRole === null);
  if (outsiders.length === 0) return;
  const presenters = allPresenterIds(room.doc);
  for (const conn of outsiders) {
    if (!presenters.has(conn.user.id) && conn.isOpen()) closeWith(conn, CloseCode.AccessEnded);
  }
}
