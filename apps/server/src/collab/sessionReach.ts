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

/** What closing needs of the collaboration service (its `closeWhere`). */
interface SocketCloser {
  closeWhere(decide: (conn: CollabConnection) => CloseCodeValue | null): number;
}

/** Logout: the sockets opened with this session. */
export function endSessionSockets(deps: { collab: SocketCloser }, token: string): number {
  const tokenHash = hashToken(token);
  return deps.collab.closeWhere((conn) =>
    conn.sessionTokenHash === tokenHash ? CloseCode.SessionEnded : null,
  );
}

/** A new password ended every other session of a person: their sockets, but this session's. */
export function endOtherSessionSockets(
  deps: { collab: SocketCloser },
  userId: string,
  keepToken: string,
): number {
  const keep = hashToken(keepToken);
  return deps.collab.closeWhere((conn) =>
    conn.user.id === userId && conn.sessionTokenHash !== keep ? CloseCode.SessionEnded : null,
  );
}

/**
 * A person's standing changed (removed from a body, another role): each of their sockets is
 * checked again. No access any more: AccessEnded. Another role: AccessChanged, on which the
 * client reconnects and gets the rights of its new role.
 */
export async function recheckAccess(
  deps: { collab: SocketCloser; db: Db },
  userId: string,
): Promise<number> {
  const meetingIds = new Set<string>();
  deps.collab.closeWhere((conn) => {
    if (conn.user.id === userId) meetingIds.add(conn.meetingId);
    return null;
  });
  const accessTo = new Map<string, MeetingAccess | null>();
  for (const meetingId of meetingIds)
    accessTo.set(meetingId, await findMeetingAccess(deps.db, userId, meetingId));
  return deps.collab.closeWhere((conn) => {
    if (conn.user.id !== userId || !accessTo.has(conn.meetingId)) return null;
    return accessVerdict(conn, accessTo.get(conn.meetingId)!);
  });
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
