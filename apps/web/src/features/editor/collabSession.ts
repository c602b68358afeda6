import * as Y from 'yjs';
import * as decoding from 'lib0/decoding';
import * as encoding from 'lib0/encoding';
import * as syncProtocol from 'y-protocols/sync';
import { WebsocketProvider, messageSync } from 'y-websocket';
import { CloseCode, isPermanentClose } from '@anteckna/domain';
import type { OfflineCopy, OpenOfflineCopy } from '../offline/offlineCopy.ts';
import { captureRefusedFields, type RefusedField } from './refusalCapture.ts';
import { SaveTracker, type SaveState } from './saveTracker.ts';
import { touchedRoots } from './touchedRoots.ts';

export type ConnectionState = 'connecting' | 'connected' | 'reconnecting' | 'offline' | 'closed';

export interface CollabStatus {
  connection: ConnectionState;
  save: SaveState;
  /** The server's state has arrived at least once: the document shows what the server holds. */
  loaded: boolean;
  /** Edits are kept on this device (IndexedDB) while the server cannot be reached. */
  keptOnDevice: boolean;
  /**
   * Why the server said it takes no edits for now, until everything is saved again: edits wait
   * here meanwhile. Null while it takes them.
   */
  writesRefused: WritesRefusedReason | null;
}

/** Before the first connection. */
export const IDLE_COLLAB_STATUS: CollabStatus = {
  connection: 'connecting',
  save: 'saved',
  loaded: false,
  keptOnDevice: false,
  writesRefused: null,
};

/** The transient closes that mean "the server cannot save now", by what the status line says. */
const WRITES_REFUSED_BY_CLOSE = new Map<number, WritesRefusedReason>([
  [CloseCode.StorageFull.code, 'storageFull'],
  // With several server processes: they cannot coordinate now.
  [CloseCode.ClusterUnavailable.code, 'coordinationDown'],
  [CloseCode.DatabaseUnavailable.code, 'databaseDown'],
]);

export type WritesRefusedReason = 'storageFull' | 'coordinationDown' | 'databaseDown';

export interface CollabSessionOptions {
  /** Tests hand in a socket that talks to a server in the same process. */
  socketClass?: typeof WebSocket;
  /** The meeting's copy on this device; without one, edits made offline live only in the tab. */
  offlineCopy?: OpenOfflineCopy;
}

export interface PermanentClose {
  code: number;
  /** Text of every field with edits the server had not confirmed when it closed. */
  refused: RefusedField[];
}

/** Closes after which the document can never sync again: it is rebuilt from the server's state. */
export const REFUSAL_CODES: readonly number[] = [
  CloseCode.Forbidden.code,
  CloseCode.Locked.code,
  CloseCode.Malformed.code,
  CloseCode.DocumentTooLarge.code,
];

/** Edits arriving in a burst are confirmed together: one question per pause in typing. */
const PROBE_DELAY_MS = 300;

export function collabServerUrl(location: Pick<Location, 'protocol' | 'host'>): string {
  return `${location.protocol === 'https:' ? 'wss' : 'ws'}://${location.host}/collab`;
}

/**
 * One open meeting: its Y.Doc, the stock y-websocket provider, and the bookkeeping that turns
 * the provider's events into "ansluten / återansluter / offline" and "Sparar… / Sparat".
 * Thrown away whole after a refusal: a document holding a refused edit can never sync again.
 */
export class CollabSession {
  readonly doc = new Y.Doc();
  readonly provider: WebsocketProvider;
  /** Resolves once the copy on this device (if any) is in the document: editors wait for it. */
  readonly ready: Promise<void>;
  private readonly offline: OfflineCopy | null;
  private readonly tracker = new SaveTracker();
  private readonly listeners = new Set<() => void>();
  private probeTimer: ReturnType<typeof setTimeout> | null = null;
  private everConnected = false;
  private writesRefused: WritesRefusedReason | null = null;
  private closed = false;
  private current: CollabStatus = IDLE_COLLAB_STATUS;

  constructor(
    meetingId: string,
    serverUrl: string,
    private readonly onPermanentClose: (close: PermanentClose) => void,
    options: CollabSessionOptions = {},
  ) {
    this.doc.on('afterTransaction', (transaction: Y.Transaction) => {
      if (!transaction.local) return;
      const roots = touchedRoots(transaction);
      this.tracker.localEdit(roots);
      if (roots.size > 0) this.offline?.noteUnconfirmed(roots);
      this.scheduleProbe();
      this.update();
    });
    // BroadcastChannel would sync same-origin tabs past the server's gate: a refused edit
    // could reach another tab that way (GATE.md). Everything goes through the server.
    this.provider = new WebsocketProvider(serverUrl, meetingId, this.doc, {
      connect: false,
      disableBc: true,
      WebSocketPolyfill: options.socketClass ?? WebSocket,
    });
    this.offline = options.offlineCopy?.(this.doc, this.update) ?? null;
    this.ready = this.connectAfterOfflineCopy();
    this.watchSyncMessages();
    this.provider.on('status', ({ status }) => {
      if (status === 'connected') {
        this.everConnected = true;
        this.tracker.connectionOpened();
      }
      this.update();
    });
    this.provider.on('connection-close', (event) => {
      const refused = event ? WRITES_REFUSED_BY_CLOSE.get(event.code) : undefined;
      if (refused) this.writesRefused = refused;
      if (event && isPermanentClose(event.code)) this.closePermanently(event.code);
      else this.tracker.connectionClosed();
      this.update();
    });
    window.addEventListener('online', this.update);
    window.addEventListener('offline', this.update);
  }

  get status(): CollabStatus {
    return this.current;
  }

  subscribe(listener: () => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  destroy(): void {
    this.closed = true;
    if (this.probeTimer !== null) clearTimeout(this.probeTimer);
    window.removeEventListener('online', this.update);
    window.removeEventListener('offline', this.update);
    this.listeners.clear();
    this.provider.destroy();
    this.doc.destroy();
  }

  /**
   * The device's copy goes into the document before the server is asked, so that what was typed
   * offline (even in a tab closed since) is sent, confirmed or refused like any other edit.
   */
  private async connectAfterOfflineCopy(): Promise<void> {
    const unconfirmed = this.offline ? await this.offline.loaded : new Set<string>();
    if (this.closed) return;
    this.tracker.localEdit(unconfirmed);
    this.provider.connect();
    this.update();
  }

  /** Sees each sync message before the provider handles it, to learn what the server has. */
  private watchSyncMessages(): void {
    const handle = this.provider.messageHandlers[messageSync];
    if (!handle) throw new Error('y-websocket has no sync message handler');
    this.provider.messageHandlers[messageSync] = (encoder, decoder, provider, emitSynced, type) => {
      const step = decoding.peekVarUint(decoder);
      handle(encoder, decoder, provider, emitSynced, type);
      if (step === syncProtocol.messageYjsSyncStep1) this.tracker.serverAskedForState();
      if (step === syncProtocol.messageYjsSyncStep2) {
        this.tracker.serverAnswered();
        this.scheduleProbe();
      }
      this.update();
    };
  }

  private scheduleProbe(): void {
    if (this.probeTimer !== null || !this.tracker.needsProbe()) return;
    this.probeTimer = setTimeout(() => {
      this.probeTimer = null;
      this.sendProbe();
    }, PROBE_DELAY_MS);
  }

  /** A sync step 1 of our own: its answer says the server has handled what we sent before it. */
  private sendProbe(): void {
    const socket = this.provider.ws;
    if (this.closed || !this.tracker.needsProbe() || !socket || socket.readyState !== socket.OPEN) {
      return;
    }
    const encoder = encoding.createEncoder();
    encoding.writeVarUint(encoder, messageSync);
    syncProtocol.writeSyncStep1(encoder, this.doc);
    socket.send(encoding.toUint8Array(encoder));
    this.tracker.probeSent();
  }

  private closePermanently(code: number): void {
    // Taken before anything is thrown away: this is the text the person would otherwise lose.
    const refused = captureRefusedFields(this.doc, this.tracker.unconfirmedRoots());
    this.tracker.connectionClosed();
    this.closed = true;
    // The copy on this device holds the refused edit too: it goes before anything is rebuilt,
    // or the new document would load the edit back and be refused again.
    const discarded =
      this.offline && REFUSAL_CODES.includes(code)
        ? this.offline.clear().catch(() => undefined)
        : Promise.resolve();
    void discarded.then(() => this.onPermanentClose({ code, refused }));
  }

  private readonly update = (): void => {
    const connection = this.connectionState();
    // Everything confirmed while connected: the server saves again.
    if (this.tracker.state === 'saved' && connection === 'connected') {
      this.writesRefused = null;
    }
    const next: CollabStatus = {
      connection,
      save: this.tracker.state,
      loaded: this.current.loaded || this.provider.synced,
      keptOnDevice: this.offline?.active ?? false,
      writesRefused: this.writesRefused,
    };
    if (next.save === 'saved') this.offline?.noteAllConfirmed();
    if (
      next.connection === this.current.connection &&
      next.save === this.current.save &&
      next.loaded === this.current.loaded &&
      next.keptOnDevice === this.current.keptOnDevice &&
      next.writesRefused === this.current.writesRefused
    ) {
      return;
    }
    this.current = next;
    for (const listener of this.listeners) listener();
  };

  private connectionState(): ConnectionState {
    if (this.closed) return 'closed';
    // The browser knows it has no network before a silent socket times out (30 s).
    if (typeof navigator !== 'undefined' && navigator.onLine === false) return 'offline';
    if (this.provider.wsconnected && this.provider.synced) return 'connected';
    return this.everConnected ? 'reconnecting' : 'connecting';
  }
}
