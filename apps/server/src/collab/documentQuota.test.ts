import { describe, expect, it, vi } from 'vitest';
import * as Y from 'yjs';
import { DocumentQuota } from './documentQuota.ts';
import { Room } from './room.ts';

// Counts how often the quota encodes a whole document to learn its size.
const encodes = vi.hoisted(() => ({ count: 0 }));
vi.mock('yjs', async (importOriginal) => {
  const yjs = await importOriginal<typeof import('yjs')>();
  return {
    ...yjs,
    encodeStateAsUpdate: (...args: Parameters<typeof yjs.encodeStateAsUpdate>) => {
      encodes.count += 1;
      return yjs.encodeStateAsUpdate(...args);
    },
  };
});

function roomWith(text: string, storedBytes: number): Room {
  const doc = new Y.Doc();
  doc.getText('probe').insert(0, text);
  const room = new Room('meeting-1', doc, 'preparation', 0, () => {});
  room.storedBytes = storedBytes;
  return room;
}

const update = (bytes: number) => new Uint8Array(bytes);

describe('the size quota of a meeting document', () => {
  it("starts from what a loaded room's document weighed in storage, without encoding it", () => {
    const quota = new DocumentQuota(1_000);
    const room = roomWith('Beslutade: att godkänna', 400);
    encodes.count = 0;
    expect(quota.admits(room, update(2))).toBe(true);
    quota.grew(room, update(2));
    expect(quota.admits(room, update(500))).toBe(true);
    expect(encodes.count).toBe(0);
  });

  it('encodes the document once the estimate reaches the cap, and admits what its real size allows', () => {
    const quota = new DocumentQuota(1_000);
    // Stored as many rows, the document weighed far more than it encodes to.
    const room = roomWith('Beslutade: att godkänna', 990);
    encodes.count = 0;
    expect(quota.admits(room, update(100))).toBe(true);
    expect(encodes.count).toBe(1);
    expect(quota.admits(roomWith('x'.repeat(950), 990), update(100))).toBe(false);
  });

  it('encodes a room whose stored size is unknown to learn it', () => {
    const quota = new DocumentQuota(1_000);
    const room = roomWith('x'.repeat(950), 0);
    encodes.count = 0;
    expect(quota.admits(room, update(100))).toBe(false);
    expect(encodes.count).toBe(1);
  });
});
