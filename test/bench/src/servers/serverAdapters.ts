import { antecknaAdapter } from './anteckna/antecknaAdapter.ts';
import { hocuspocusAdapter } from './hocuspocusAdapter.ts';
import type { AntecknaDatabase, ServerAdapter, ServerName } from './serverAdapter.ts';
import { yWebsocketAdapter } from './yWebsocketAdapter.ts';

/**
 * `anteckna`: how many Anteckna processes serve the meetings (`--processes`), and on which
 * database (`--database`).
 */
export function serverAdapter(
  name: ServerName,
  anteckna: { processes: number; database: AntecknaDatabase } = {
    processes: 1,
    database: { engine: 'sqlite' },
  },
): ServerAdapter {
  switch (name) {
    case 'anteckna':
      return antecknaAdapter(anteckna);
    case 'y-websocket':
      return yWebsocketAdapter();
    case 'hocuspocus':
      return hocuspocusAdapter();
  }
}
