import { antecknaAdapter } from './anteckna/antecknaAdapter.ts';
import { hocuspocusAdapter } from './hocuspocusAdapter.ts';
import type { ServerAdapter, ServerName } from './serverAdapter.ts';
import { yWebsocketAdapter } from './yWebsocketAdapter.ts';

/** `antecknaProcesses`: how many Anteckna processes serve the meetings (`--processes`). */
export function serverAdapter(name: ServerName, antecknaProcesses = 1): ServerAdapter {
  switch (name) {
    case 'anteckna':
      return antecknaAdapter({ processes: antecknaProcesses });
    case 'y-websocket':
      return yWebsocketAdapter();
    case 'hocuspocus':
      return hocuspocusAdapter();
  }
}
