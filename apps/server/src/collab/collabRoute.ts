import { isDatabaseUnreachable } from '../errors/databaseUnreachable.ts';
import { CloseCode } from '@anteckna/domain';
import { upgradeWebSocket } from '@hono/node-server';
import type { Context } from 'hono';
import type { WebSocket } from 'ws';
import { findSession, hashToken } from '../auth/sessionStore.ts';
import { readSessionToken } from '../auth/sessionCookie.ts';
import type { AppDeps } from '../appDeps.ts';
import { findMeetingAccess } from '../meetings/meetingAccess.ts';
import { newConnectionId, type CollabConnection } from './connection.ts';
import { isAllowedOrigin } from '../http/originCheck.ts';
import { sendInTurn } from './turnWrites.ts';
import { presenceColor } from './presence.ts';

type Refusal = { code: number; reason: string };

/** Node's timers hold at most 2^31-1 ms (about 24.8 days); sessions are far shorter. */
const MAX_TIMER_MS = 2 ** 31 - 1;

/**
 * The upgrade of `/collab/:meetingId`. Refusals are made by accepting and closing at once with a
 * 44xx code and nothing sent: the stock client stops retrying on 44xx, where an HTTP error on the
 * upgrade would make it retry forever.
 */
export function collabUpgrade(deps: AppDeps) {
  return upgradeWebSocket(async (c: Context) => {
    const admitted = await admit(deps, c);
    if ('refusal' in admitted) {
      return {
        onOpen(_event, ws) {
          ws.close(admitted.refusal.code, admitted.refusal.reason);
        },
      };
    }
    const { base, expiresAt } = admitted;
    let conn: CollabConnection | undefined;
    let alive = true;
    let pingTimer: NodeJS.Timeout | undefined;
    let expiryTimer: NodeJS.Timeout | undefined;
    return {
      onOpen(_event, ws) {
        const raw = ws.raw as WebSocket;
        conn = {
          ...base,
          send: (message) => sendInTurn(raw, message),
          close: (code, reason) => raw.close(code, reason),
          isOpen: () => raw.readyState === raw.OPEN,
        };
        // The stock client reconnects after 30 s of silence; pings keep idle rooms alive and find
        // dead peers, which are dropped so their presence does not linger.
        raw.on('pong', () => (alive = true));
        pingTimer = setInterval(() => {
          if (!alive) return raw.terminate();
          alive = false;
          raw.ping();
        }, deps.config.limits.pingIntervalMs);
        // The socket ends with its session (collab/sessionReach.ts has the other ways it ends).
        const opened = conn;
        expiryTimer = setTimeout(
          () => opened.close(CloseCode.SessionEnded.code, CloseCode.SessionEnded.reason),
          Math.min(MAX_TIMER_MS, Math.max(0, expiresAt.getTime() - deps.now().getTime())),
        );
        void deps.collab.join(conn).catch((error: unknown) => {
          // The room could not be loaded (the database failed): a transient close, the client
          // comes back.
          console.error(`[anteckna] could not open the room of ${base.meetingId}`, error);
          const close = isDatabaseUnreachable(error)
            ? CloseCode.DatabaseUnavailable
            : CloseCode.RoomReset;
          opened.close(close.code, close.reason);
        });
        // Straight from ws: its Buffer is a view of the bytes received, where the adapter's
        // onMessage would copy every message into a new ArrayBuffer and wrap it in an event.
        const joined = conn;
        raw.on('message', (data, isBinary) => {
          if (!isBinary || !Buffer.isBuffer(data))
            return joined.close(CloseCode.Malformed.code, CloseCode.Malformed.reason);
          deps.collab.receive(joined, data);
        });
      },
      onClose(event) {
        clearInterval(pingTimer);
        clearTimeout(expiryTimer);
        if (event.code === CloseCode.TooLarge.code) {
          console.warn(
            `[anteckna] closed ${base.user.id} on ${base.meetingId}: message over the size limit`,
          );
        }
        if (conn) deps.collab.leave(conn);
      },
    };
  });
}

async function admit(
  deps: AppDeps,
  c: Context,
): Promise<
  | { refusal: Refusal }
  | { base: Omit<CollabConnection, 'send' | 'close' | 'isOpen'>; expiresAt: Date }
> {
  if (!isAllowedOrigin(c.req.header('origin'), c.req.header('host'), deps.config.extraOrigins)) {
    return { refusal: CloseCode.Unauthorized };
  }
  const token = readSessionToken(c);
  const session = token ? await findSession(deps.db, token, deps.now()) : undefined;
  if (!token || !session) return { refusal: CloseCode.Unauthorized };
  const { user } = session;
  const meetingId = c.req.param('meetingId') ?? '';
  const access = await findMeetingAccess(deps.db, user.id, meetingId);
  if (!access) return { refusal: CloseCode.NotFound };
  if (deps.collab.connectionsOf(user.id) >= deps.config.limits.maxConnectionsPerUser) {
    return { refusal: CloseCode.TooManyConnections };
  }
  return {
    base: {
      id: newConnectionId(),
      meetingId,
      user: { id: user.id, name: user.name, color: presenceColor(user.id), role: access.role },
      actor: { userId: user.id, bodyRole: access.bodyRole },
      ownedClientIds: new Set(),
      sessionTokenHash: hashToken(token),
    },
    expiresAt: session.expiresAt,
  };
}
