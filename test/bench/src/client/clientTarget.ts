/** How a client reaches one room: plain data, so that it can be sent to a load generator. */
export interface ClientTarget {
  /** Which client library speaks to the server: the stock y-websocket one, or Hocuspocus's own. */
  protocol: 'y-websocket' | 'hocuspocus';
  /** `ws://127.0.0.1:PORT` plus the server's path prefix, if any. */
  serverUrl: string;
  room: string;
  /** Extra headers on the WebSocket upgrade (session cookie, Origin). */
  headers: Record<string, string>;
}
