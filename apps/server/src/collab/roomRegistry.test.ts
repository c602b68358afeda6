import { describe, expect, it } from 'vitest';
import { useWorldServer } from '../testing/worldServer.ts';
import { RoomRegistry } from './roomRegistry.ts';
import { WriteBatcher } from './writeBatcher.ts';

const worldServer = useWorldServer();

async function registryWithMeeting() {
  const { server, world } = await worldServer();
  const registry = new RoomRegistry(server.deps.db, new WriteBatcher(server.deps.db, () => {}));
  return { registry, meetingId: world.meetingId };
}

describe('live rooms', () => {
  it('never hands out a room that its last leaver is unloading meanwhile', async () => {
    const { registry, meetingId } = await registryWithMeeting();
    const first = await registry.hold(meetingId);
    // The last user leaves: the room is unloaded once the (idle) batcher says so, a few
    // microtasks from now. Someone asks for the room in the same turn.
    registry.unhold(first);
    const next = await registry.hold(meetingId);
    expect(registry.get(meetingId)).toBe(next);
    // The room handed out is live: its document was not destroyed under the new holder.
    expect(next.doc.isDestroyed).toBe(false);
    registry.unhold(next);
  });

  it('keeps a held room loaded, and unloads it when the last hold is given back', async () => {
    const { registry, meetingId } = await registryWithMeeting();
    const a = await registry.hold(meetingId);
    const b = await registry.hold(meetingId);
    expect(b).toBe(a);
    registry.unhold(a);
    await registry.releaseIfEmpty(a);
    expect(registry.get(meetingId)).toBe(a);
    registry.unhold(b);
    await registry.releaseIfEmpty(b);
    expect(registry.get(meetingId)).toBeUndefined();
  });
});
