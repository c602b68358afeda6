// @vitest-environment happy-dom
import { afterEach, describe, expect, it, vi } from 'vitest';
import * as Y from 'yjs';
import * as decoding from 'lib0/decoding';
import * as encoding from 'lib0/encoding';
import * as syncProtocol from 'y-protocols/sync';
import { CloseCode, parseDocRoot } from '@anteckna/domain';
import type { OfflineCopy } from '../offline/offlineCopy.ts';
import { CollabSession, type PermanentClose } from './collabSession.ts';

/**
 * A y-websocket server in the same process, speaking the same messages as the real one: its sync
 * step 1 on connect, a step 2 for each step 1, and a 4403 close for an update that touches a
 * decision field (the rule of this test, standing in for the write gate).
 */
class InProcessServer {
  readonly doc = new Y.Doc();
  received = 0;
  connections = 0;

  socketClass(): typeof WebSocket {
    return fakeSocketClass(this);
  }

  step1(): Uint8Array {
    const encoder = encoding.createEncoder();
    encoding.writeVarUint(encoder, 0);
    syncProtocol.writeSyncStep1(encoder, this.doc);
    return encoding.toUint8Array(encoder);
  }

  handle(bytes: Uint8Array): Uint8Array | 'forbidden' | null {
    const decoder = decoding.createDecoder(bytes);
    if (decoding.readVarUint(decoder) !== 0) return null;
    const step = decoding.readVarUint(decoder);
    const payload = decoding.readVarUint8Array(decoder);
    if (step === syncProtocol.messageYjsSyncStep1) {
      const encoder = encoding.createEncoder();
      encoding.writeVarUint(encoder, 0);
      syncProtocol.writeSyncStep2(encoder, this.doc, payload);
      return encoding.toUint8Array(encoder);
    }
    const probe = new Y.Doc();
    Y.applyUpdate(probe, Y.encodeStateAsUpdate(this.doc));
    Y.applyUpdate(probe, payload);
    const touchesDecision = [...probe.share.keys()].some((name) => {
      const root = parseDocRoot(name);
      return (
        root.kind === 'item' && root.field === 'decision' && probe.getXmlFragment(name).length > 0
      );
    });
    if (touchesDecision) return 'forbidden';
    Y.applyUpdate(this.doc, payload);
    this.received += 1;
    return null;
  }
}

function paragraph(text: string): Y.XmlElement {
  const element = new Y.XmlElement('paragraph');
  element.insert(0, [new Y.XmlText(text)]);
  return element;
}

const sessions: CollabSession[] = [];
afterEach(() => {
  while (sessions.length > 0) sessions.pop()?.destroy();
});

function open(
  server: InProcessServer,
  onClose: (close: PermanentClose) => void = () => {},
  offlineCopy?: (doc: Y.Doc) => OfflineCopy,
): CollabSession {
  const session = new CollabSession('m1', 'ws://test/collab', onClose, {
    socketClass: server.socketClass(),
    offlineCopy,
  });
  sessions.push(session);
  return session;
}

/**
 * A copy on the device that the test loads by hand: `load` puts a stored state into the
 * session's document (as y-indexeddb does, not as a local edit) and reports stored roots.
 */
class FakeOfflineCopy implements OfflineCopy {
  readonly loaded: Promise<ReadonlySet<string>>;
  readonly events: string[] = [];
  active = false;
  unconfirmed = new Set<string>();
  private resolve: (roots: ReadonlySet<string>) => void = () => {};

  constructor(private readonly doc: Y.Doc) {
    this.loaded = new Promise((resolve) => (this.resolve = resolve));
  }

  load(stored: Y.Doc | null, roots: string[]): void {
    if (stored) Y.applyUpdate(this.doc, Y.encodeStateAsUpdate(stored), 'device');
    this.active = true;
    this.resolve(new Set(roots));
  }

  noteUnconfirmed(roots: ReadonlySet<string>): void {
    for (const root of roots) this.unconfirmed.add(root);
  }

  noteAllConfirmed(): void {
    this.unconfirmed.clear();
  }

  async clear(): Promise<void> {
    this.events.push('clear started');
    await Promise.resolve();
    this.active = false;
    this.events.push('cleared');
  }
}

function openWithCopy(
  server: InProcessServer,
  onClose: (close: PermanentClose) => void = () => {},
): { session: CollabSession; copy: FakeOfflineCopy } {
  let copy: FakeOfflineCopy | null = null;
  const session = open(server, onClose, (doc) => (copy = new FakeOfflineCopy(doc)));
  return { session, copy: copy! };
}

function docWith(rootName: string, text: string): Y.Doc {
  const doc = new Y.Doc();
  doc.getXmlFragment(rootName).insert(0, [paragraph(text)]);
  return doc;
}

describe('CollabSession', () => {
  it('is connected and saved once the server state has arrived', async () => {
    const server = new InProcessServer();
    server.doc.getXmlFragment('item:a:body').insert(0, [paragraph('Från servern')]);
    const session = open(server);
    await vi.waitFor(() =>
      expect(session.status).toEqual({
        connection: 'connected',
        save: 'saved',
        loaded: true,
        keptOnDevice: false,
        writesRefused: null,
      }),
    );
    expect(session.doc.getXmlFragment('item:a:body').length).toBe(1);
  });

  it('says "saving" after an edit and "saved" only once the server has applied it', async () => {
    const server = new InProcessServer();
    const session = open(server);
    await vi.waitFor(() => expect(session.status.loaded).toBe(true));
    session.doc.getXmlFragment('item:a:body').insert(0, [paragraph('Ny text')]);
    expect(session.status.save).toBe('saving');
    await vi.waitFor(() => expect(session.status.save).toBe('saved'));
    expect(server.doc.getXmlFragment('item:a:body').toJSON()).toContain('Ny text');
  });

  it('hands over the refused text when the server closes with 4403', async () => {
    const server = new InProcessServer();
    const closes: PermanentClose[] = [];
    const session = open(server, (close) => closes.push(close));
    await vi.waitFor(() => expect(session.status.loaded).toBe(true));
    session.doc.getXmlFragment('item:a:decision').insert(0, [paragraph('godkänna budgeten')]);
    await vi.waitFor(() => expect(closes).toHaveLength(1));
    expect(closes[0]).toEqual({
      code: CloseCode.Forbidden.code,
      refused: [{ rootName: 'item:a:decision', text: 'godkänna budgeten' }],
    });
    expect(session.status.connection).toBe('closed');
    expect(server.doc.getXmlFragment('item:a:decision').length).toBe(0);
  });
});

describe('CollabSession with a copy on this device', () => {
  it('does not connect before the copy is in the document', async () => {
    const server = new InProcessServer();
    const { session, copy } = openWithCopy(server);
    let ready = false;
    void session.ready.then(() => (ready = true));
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(server.connections).toBe(0);
    expect(ready).toBe(false);
    copy.load(docWith('item:a:body', 'Från enheten'), []);
    await session.ready;
    expect(session.doc.getXmlFragment('item:a:body').toJSON()).toContain('Från enheten');
    await vi.waitFor(() => expect(session.status.connection).toBe('connected'));
    expect(server.connections).toBe(1);
    expect(session.status.keptOnDevice).toBe(true);
  });

  it('owes the server the unconfirmed edits of an earlier tab: unsent, then sent and saved', async () => {
    const server = new InProcessServer();
    const { session, copy } = openWithCopy(server);
    copy.unconfirmed.add('item:a:body');
    copy.load(docWith('item:a:body', 'Skrivet offline igår'), ['item:a:body']);
    await session.ready;
    expect(session.status.save).toBe('unsent');
    await vi.waitFor(() => expect(session.status.save).toBe('saved'));
    expect(server.doc.getXmlFragment('item:a:body').toJSON()).toContain('Skrivet offline igår');
    expect(copy.unconfirmed.size).toBe(0);
  });

  it('tells the copy which fields hold unconfirmed edits', async () => {
    const server = new InProcessServer();
    const { session, copy } = openWithCopy(server);
    copy.load(null, []);
    await vi.waitFor(() => expect(session.status.connection).toBe('connected'));
    session.doc.getXmlFragment('item:a:proposal').insert(0, [paragraph('att godkänna')]);
    expect([...copy.unconfirmed]).toEqual(['item:a:proposal']);
  });

  it('deletes the copy before reporting a refusal of edits stored offline, and hands over their text', async () => {
    const server = new InProcessServer();
    const closes: PermanentClose[] = [];
    let copy: FakeOfflineCopy | null = null;
    const session = open(
      server,
      (close) => {
        copy!.events.push('reported');
        closes.push(close);
      },
      (doc) => (copy = new FakeOfflineCopy(doc)),
    );
    copy!.load(docWith('item:a:decision', 'beslut skrivet offline'), ['item:a:decision']);
    await vi.waitFor(() => expect(closes).toHaveLength(1));
    expect(copy!.events).toEqual(['clear started', 'cleared', 'reported']);
    expect(closes[0]).toEqual({
      code: CloseCode.Forbidden.code,
      refused: [{ rootName: 'item:a:decision', text: 'beslut skrivet offline' }],
    });
    expect(session.status.connection).toBe('closed');
    expect(server.doc.getXmlFragment('item:a:decision').length).toBe(0);
  });
});

function fakeSocketClass(server: InProcessServer): typeof WebSocket {
  class FakeSocket {
    static readonly OPEN = 1;
    readonly OPEN = 1;
    readyState = 0;
    binaryType = 'arraybuffer';
    onopen: (() => void) | null = null;
    onmessage: ((event: { data: ArrayBuffer }) => void) | null = null;
    onclose: ((event: { code: number; reason: string }) => void) | null = null;
    onerror: (() => void) | null = null;

    constructor() {
      server.connections += 1;
      setTimeout(() => {
        this.readyState = 1;
        this.onopen?.();
        this.deliver(server.step1());
      });
    }

    send(data: Uint8Array): void {
      const bytes = new Uint8Array(data);
      setTimeout(() => {
        if (this.readyState !== 1) return;
        const answer = server.handle(bytes);
        if (answer === 'forbidden') this.closeWith(CloseCode.Forbidden.code);
        else if (answer) this.deliver(answer);
      });
    }

    close(): void {
      this.readyState = 3;
    }

    private deliver(bytes: Uint8Array): void {
      setTimeout(() => {
        if (this.readyState === 1) this.onmessage?.({ data: bytes.slice().buffer });
      });
    }

    private closeWith(code: number): void {
      this.readyState = 3;
      this.onclose?.({ code, reason: '' });
    }
  }
  return FakeSocket as unknown as typeof WebSocket;
}
