import { HocuspocusProvider, HocuspocusProviderWebsocket } from '@hocuspocus/provider';
import * as encoding from 'lib0/encoding';
import WebSocket from 'ws';
import { WebsocketProvider } from 'y-websocket';
import * as Y from 'yjs';
import type { ClientTarget } from './clientTarget.ts';
import { frameBinaryMessages, writeFrames } from './rawFrames.ts';

export type BenchAwareness = WebsocketProvider['awareness'];

/** One real Yjs client: a document and the provider the server under test expects. */
export interface BenchClient {
  doc: Y.Doc;
  awareness: BenchAwareness | null;
  /** Resolves on the first completed sync with the server. */
  synced: Promise<void>;
  /** Close codes the server sent, oldest first: a refusal would show here. */
  closeCodes: number[];
  /** Resolves with the code when the server closes the connection for good (4400–4499). */
  refused: Promise<number>;
  /** Bytes handed to the socket and not yet written to the network. */
  bufferedBytes(): number;
  /**
   * Frames Yjs updates for this client's connection, one message each, exactly as its provider
   * would; `send` then writes them straight to the socket, so a burst goes out at the speed of
   * the connection, not of the client's JavaScript.
   */
  prepareUpdates(updates: readonly Uint8Array[]): { send(): void };
  /** Applies an update to the client's document as if it had come from the server (not sent). */
  applyAsFromServer(update: Uint8Array): void;
  destroy(): void;
}

export function createBenchClient(target: ClientTarget, doc = new Y.Doc()): BenchClient {
  return target.protocol === 'hocuspocus'
    ? createHocuspocusClient(target, doc)
    : createYWebsocketClient(target, doc);
}

function createYWebsocketClient(target: ClientTarget, doc: Y.Doc): BenchClient {
  const headers = target.headers;
  class HeaderWebSocket extends WebSocket {
    constructor(address: string | URL, protocols?: string | string[]) {
      super(address, protocols, { headers });
    }
  }
  // BroadcastChannel would let clients of one process sync without the server (GATE.md).
  const provider = new WebsocketProvider(target.serverUrl, target.room, doc, {
    WebSocketPolyfill: HeaderWebSocket as unknown as typeof globalThis.WebSocket,
    disableBc: true,
  });
  const closes = closeRecorder();
  provider.on('connection-close', (event) => {
    if (event) closes.record(event.code);
  });
  const synced = new Promise<void>((resolve) => {
    const onSync = (isSynced: boolean) => {
      if (!isSynced) return;
      provider.off('sync', onSync);
      resolve();
    };
    provider.on('sync', onSync);
  });
  return {
    doc,
    awareness: provider.awareness,
    synced,
    closeCodes: closes.codes,
    refused: closes.refused,
    bufferedBytes: () => provider.ws?.bufferedAmount ?? 0,
    prepareUpdates(updates) {
      const chunks = frameBinaryMessages(updates.map((u) => syncUpdateMessage(null, u)));
      return { send: () => writeFrames(openSocket(provider.ws), chunks) };
    },
    applyAsFromServer: (update) => Y.applyUpdate(doc, update, provider),
    destroy() {
      provider.destroy();
      doc.destroy();
    },
  };
}

function createHocuspocusClient(target: ClientTarget, doc: Y.Doc): BenchClient {
  const closes = closeRecorder();
  let resolveSynced = () => {};
  const synced = new Promise<void>((resolve) => (resolveSynced = resolve));
  // One socket per client, as a browser tab has, rather than many documents on one socket.
  const socket = new HocuspocusProviderWebsocket({
    url: target.serverUrl,
    WebSocketPolyfill: WebSocket,
  });
  const provider = new HocuspocusProvider({
    websocketProvider: socket,
    name: target.room,
    document: doc,
    onSynced: () => resolveSynced(),
    onClose: ({ event }) => closes.record(event.code),
  });
  provider.attach();
  return {
    doc,
    awareness: provider.awareness,
    synced,
    closeCodes: closes.codes,
    refused: closes.refused,
    bufferedBytes: () => socket.webSocket?.bufferedAmount ?? 0,
    prepareUpdates(updates) {
      const chunks = frameBinaryMessages(updates.map((u) => syncUpdateMessage(target.room, u)));
      return { send: () => writeFrames(openSocket(socket.webSocket), chunks) };
    },
    applyAsFromServer: (update) => Y.applyUpdate(doc, update, provider),
    destroy() {
      provider.destroy();
      socket.destroy();
      doc.destroy();
    },
  };
}

const MESSAGE_SYNC = 0;
const SYNC_UPDATE = 2;

/** y-protocols' sync "update" message; Hocuspocus puts the document name in front of it. */
function syncUpdateMessage(documentName: string | null, update: Uint8Array): Uint8Array {
  const encoder = encoding.createEncoder();
  if (documentName !== null) encoding.writeVarString(encoder, documentName);
  encoding.writeVarUint(encoder, MESSAGE_SYNC);
  encoding.writeVarUint(encoder, SYNC_UPDATE);
  encoding.writeVarUint8Array(encoder, update);
  return encoding.toUint8Array(encoder);
}

/** Our sockets are always `ws` instances: the polyfill every provider here is given. */
function openSocket(socket: unknown): WebSocket {
  if (!(socket instanceof WebSocket)) throw new Error('the client has no open connection');
  return socket;
}

function closeRecorder(): {
  codes: number[];
  refused: Promise<number>;
  record(code: number): void;
} {
  const codes: number[] = [];
  let refuse = (_code: number) => {};
  const refused = new Promise<number>((resolve) => (refuse = resolve));
  return {
    codes,
    refused,
    record(code) {
      codes.push(code);
      if (code >= 4400 && code <= 4499) refuse(code);
    },
  };
}
