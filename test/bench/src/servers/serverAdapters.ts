import { antecknaAdapter } from './anteckna/antecknaAdapter.ts';
import { hocuspocusAdapter } from './hocuspocusAdapter.ts';
import type { ServerAdapter, ServerName } from './serverAdapter.ts';
import { yWebsocketAdapter } from './yWebsocketAdapter.ts';

export function serverAdapter(name: ServerName): ServerAdapter {
  switch (name) {
    case 'anteckna':
      return antecknaAdapter();
    case 'y-websocket':
      return yWebsocketAdapter();
    case 'hocuspocus':
      return hocuspocusAdapter();
  }
}
