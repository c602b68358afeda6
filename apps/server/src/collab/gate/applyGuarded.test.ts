import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { applyGuarded } from './applyGuarded.ts';
import { encodeForged, forgedText } from './forgedUpdates.test-support.ts';

const edits = () => {
  const client = new Y.Doc();
  client.clientID = 21;
  const updates: Uint8Array[] = [];
  client.on('update', (update: Uint8Array) => updates.push(update));
  client.getText('body').insert(0, 'Hej');
  client.getText('body').insert(3, ' alla');
  return updates as [Uint8Array, Uint8Array];
};

describe('applyGuarded', () => {
  it('applies an update and passes the origin on to the update event', () => {
    const server = new Y.Doc();
    const origins: unknown[] = [];
    server.on('update', (_update: Uint8Array, origin: unknown) => origins.push(origin));
    const [first] = edits();
    expect(applyGuarded(server, first, 'connection-1')).toEqual({ ok: true });
    expect(server.getText('body').toString()).toBe('Hej');
    expect(origins).toEqual(['connection-1']);
  });

  it('reports pending when yjs parks what it cannot place yet', () => {
    const server = new Y.Doc();
    const [, second] = edits();
    expect(applyGuarded(server, second, null)).toEqual({ ok: false, reason: 'pending' });
    expect(server.store.pendingStructs).not.toBeNull();
  });

  it('refuses to apply anything to a document that already holds pending state', () => {
    const server = new Y.Doc();
    const [first, second] = edits();
    applyGuarded(server, second, null);
    expect(applyGuarded(server, first, null)).toEqual({ ok: false, reason: 'pending' });
  });

  it('reports threw when yjs throws halfway (a struct continuing a GC struct)', () => {
    const server = new Y.Doc();
    const gc = {
      blocks: [{ client: 5, clock: 0, structs: [new Y.GC(Y.createID(5, 0), 3)] }],
      deletes: [],
    };
    expect(applyGuarded(server, encodeForged(gc), null)).toEqual({ ok: true });
    const forged = encodeForged({
      blocks: [
        { client: 5, clock: 1, structs: [forgedText(5, 1, 'hello', { parentKey: 'body' })] },
      ],
      deletes: [],
    });
    expect(applyGuarded(server, forged, null)).toEqual({ ok: false, reason: 'threw' });
  });
});
