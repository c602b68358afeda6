// @vitest-environment happy-dom
import { afterEach, describe, expect, it, vi } from 'vitest';
import * as Y from 'yjs';
import * as decoding from 'lib0/decoding';
import * as encoding from 'lib0/encoding';
import * as syncProtocol from 'y-protocols/sync';
import { CloseCode, parseDocRoot } from '@anteckna/domain';
import { CollabSession, type PermanentClose } from './collabSession.ts';

/**
 * A y-websocket server in the same process, speaking the same messages as the real one: its sync
 * step 1 on connect, a step 2 for each step 1, and a 4403 close for an update that touches a
 * decision field (the rule of this test, standing in for the write gate).
 */
class InProcessServer {
  readonly doc = new Y.Doc();
  received = 0;

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
): CollabSession {
  const session = new CollabSession('m1', 'ws://test/collab', onClose, server.socketClass());
  sessions.push(session);
  return session;
}

describe('CollabSession', () => {
  it('is connected and saved once the server state has arrived', async () => {
    const server = new InProcessServer();
    server.doc.getXmlFragment('item:a:body').insert(0, [paragraph('Från servern')]);
    const session = open(server);
    await vi.waitFor(() =>
      expect(session.status).toEqual({ connection: 'connected', save: 'saved', loaded: true }),
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
