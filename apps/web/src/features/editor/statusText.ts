import type { CollabStatus } from './collabSession.ts';

export interface StatusTextKeys {
  connection: string;
  /** Null when there is nothing true to say about saving (see below). */
  save: string | null;
}

/**
 * What the status line says. "Sparat" means the server has every edit, and is said only while
 * connected: offline it could not be checked, so the line says nothing about saving until an
 * edit is made, and then that it is kept on this device (or only in this tab, without a copy).
 */
export function statusTextKeys(status: CollabStatus): StatusTextKeys {
  const kept = status.keptOnDevice;
  const connection =
    status.writesRefused && status.connection !== 'offline'
      ? `status.connection.${status.writesRefused}`
      : kept && (status.connection === 'offline' || status.connection === 'reconnecting')
        ? `offline.connection.${status.connection}`
        : `status.connection.${status.connection}`;
  if (status.save === 'unsent') {
    return { connection, save: kept ? 'offline.save.unsent' : 'status.save.unsent' };
  }
  if (status.save === 'saved' && status.connection !== 'connected')
    return { connection, save: null };
  return { connection, save: `status.save.${status.save}` };
}
