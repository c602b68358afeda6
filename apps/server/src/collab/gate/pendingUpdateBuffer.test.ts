import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { decideUpdateRoots } from './decideUpdateRoots.ts';
import { PendingUpdateBuffer } from './pendingUpdateBuffer.ts';

const threeEdits = () => {
  const client = new Y.Doc();
  client.clientID = 31;
  const updates: Uint8Array[] = [];
  client.on('update', (update: Uint8Array) => updates.push(update));
  const text = client.getText('body');
  text.insert(0, 'a');
  text.insert(1, 'b');
  text.insert(2, 'c');
  return updates as [Uint8Array, Uint8Array, Uint8Array];
};

describe('PendingUpdateBuffer', () => {
  it('passes an update through unchanged when nothing is held', () => {
    const [first] = threeEdits();
    const buffer = new PendingUpdateBuffer();
    expect(buffer.mergeWith(first)).toEqual({ ok: true, update: first });
    expect(buffer.isEmpty()).toBe(true);
  });

  it('holds updates that arrived early until the one they depend on makes the merge decidable', () => {
    const server = new Y.Doc();
    const [first, second, third] = threeEdits();
    const buffer = new PendingUpdateBuffer();
    for (const early of [third, second]) {
      const merged = buffer.mergeWith(early);
      if (!merged.ok) throw new Error(merged.detail);
      expect(decideUpdateRoots(server, merged.update)).toEqual({ kind: 'missing' });
      expect(buffer.hold(merged.update)).toBe(true);
    }
    const merged = buffer.mergeWith(first);
    if (!merged.ok) throw new Error(merged.detail);
    expect(decideUpdateRoots(server, merged.update)).toEqual({
      kind: 'roots',
      roots: new Set(['body']),
      writtenClients: new Set([31]),
    });
    Y.applyUpdate(server, merged.update);
    expect(server.getText('body').toString()).toBe('abc');
  });

  it('refuses to hold more than its byte bound, and then holds nothing', () => {
    const [, second] = threeEdits();
    const buffer = new PendingUpdateBuffer({ maxBytes: second.byteLength - 1 });
    expect(buffer.hold(second)).toBe(false);
    expect(buffer.isEmpty()).toBe(true);
  });

  it('expires by the age of the oldest held update, which merging and re-holding keep', () => {
    let clock = 1_000;
    const [, second, third] = threeEdits();
    const buffer = new PendingUpdateBuffer({ maxAgeMs: 10_000, now: () => clock });
    buffer.hold(third);
    clock = 9_000;
    const merged = buffer.mergeWith(second);
    if (merged.ok) buffer.hold(merged.update);
    expect(buffer.isExpired(11_000)).toBe(false);
    expect(buffer.isExpired(11_001)).toBe(true);
    clock = 11_001;
    expect(buffer.isExpired()).toBe(true);
    buffer.clear();
    expect(buffer.isExpired(50_000)).toBe(false);
  });

  it('reports bytes that do not merge instead of throwing', () => {
    const [, , third] = threeEdits();
    const buffer = new PendingUpdateBuffer();
    buffer.hold(third);
    expect(buffer.mergeWith(new Uint8Array([1, 200]))).toMatchObject({ ok: false });
  });
});
