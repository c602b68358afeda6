/**
 * Stored documents of version 1 are brought to version 2 as the server loads them (doc-schema
 * SPEC D6); locked minutes are never rewritten, read as their version says, and their seal holds.
 */
import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { docVersion, itemFragment, meetingMap } from '@anteckna/doc-schema';
import { apiClient } from '../testing/api.ts';
import { approveAtNextMeeting, circulate, writeItem } from '../testing/minutesContent.ts';
import { connectClient } from '../testing/testClient.ts';
import { loginCookie, startTestServer, waitFor } from '../testing/testServer.ts';
import { createTestWorld, TEST_PASSWORD } from '../testing/testWorld.ts';
import { loadDoc } from './updateStore.ts';
import { useCleanups } from '../testing/useCleanups.ts';

const cleanups = useCleanups();

async function serverOn(dataDir?: string) {
  const server = await startTestServer({}, ...(dataDir ? [dataDir] : []));
  cleanups.push(() => server.close());
  return server;
}

/** What a version 1 server stored: the schema version 1 and a forward's date in `date`. */
function storeAsVersion1(room: { doc: Y.Doc }, itemId: string) {
  room.doc.transact(() => {
    meetingMap(room.doc).set('schemaVersion', 1);
    const clause = itemFragment(room.doc, itemId, 'decision').get(0) as Y.XmlElement;
    clause.removeAttribute('due');
    clause.setAttribute('date', '2027-03-25');
  });
}

const forward = {
  type: 'forward' as const,
  target: 'Välfärdsrådet',
  text: 'ärendet skickas vidare för Välfärdsrådets ställningstagande',
  due: '2027-03-25',
};

/** A server with the test world and a meeting with a forward clause (due 2027-03-25). */
async function meetingWithForward() {
  const first = await serverOn();
  const world = await createTestWorld(first.deps);
  const cookie = await loginCookie(first.url, world.users.secretary.email, TEST_PASSWORD);
  const api = apiClient(first.url, cookie);
  const created = await api.post('/api/meetings', {
    bodyId: world.bodyId,
    title: 'Möte',
    date: '2027-01-14',
  });
  const meetingId = created.json.id as string;
  const itemId = await writeItem(first.deps, meetingId, {
    title: 'Tillnyktring',
    decision: [forward],
  });
  return { first, world, api, cookie, meetingId, itemId };
}

/** The first server closed, a new one on its data: every document is loaded afresh. */
async function restart(
  first: Awaited<ReturnType<typeof serverOn>>,
  world: Awaited<ReturnType<typeof createTestWorld>>,
) {
  const dataDir = first.dataDir;
  await cleanups.pop()!();
  const second = await serverOn(dataDir);
  const again = apiClient(
    second.url,
    await loginCookie(second.url, world.users.secretary.email, TEST_PASSWORD),
  );
  return { second, again };
}

describe('migration of stored documents', () => {
  it('[D6][U2] a document stored in version 1 is migrated as it is loaded: due holds the date, stored so', async () => {
    const { first, world, meetingId, itemId } = await meetingWithForward();
    await first.deps.collab.writeDoc(meetingId, (room) => storeAsVersion1(room, itemId));
    await first.deps.collab.flush();
    expect(docVersion((await loadDoc(first.deps.db, meetingId)).doc)).toBe(1);
    const { second, again } = await restart(first, world);
    const minutes = (await again.get(`/api/meetings/${meetingId}`)).json.minutes;
    expect(minutes.schemaVersion).toBe(2);
    const item = minutes.items.find((i: { id: string }) => i.id === itemId);
    expect(item.decision[0]).toEqual(forward);
    await second.deps.collab.flush();
    const stored = (await loadDoc(second.deps.db, meetingId)).doc;
    expect(docVersion(stored)).toBe(2);
    const attributes = (
      itemFragment(stored, itemId, 'decision').get(0) as Y.XmlElement
    ).getAttributes();
    expect(attributes).toEqual({
      clauseType: 'forward',
      target: 'Välfärdsrådet',
      due: '2027-03-25',
    });
  });

  it('[D6] locked minutes of version 1 stay as stored, read their date as due, and their seal verifies', async () => {
    const { first, world, api, cookie, meetingId, itemId } = await meetingWithForward();
    // A client in the meeting keeps its room loaded: the document is locked as version 1, as a
    // version 1 server locked it, with no load (and so no migration) in between.
    const client = connectClient(first.url, meetingId, cookie);
    await waitFor(() => client.provider.synced, 'synced');
    await first.deps.collab.writeDoc(meetingId, (room) => storeAsVersion1(room, itemId));
    await circulate(first.deps, api, meetingId);
    const { lockedMeetingId } = await approveAtNextMeeting(api, world.bodyId, '2027-02-11');
    expect(lockedMeetingId).toBe(meetingId);
    client.destroy();
    await first.deps.collab.flush();
    expect(docVersion((await loadDoc(first.deps.db, meetingId)).doc)).toBe(1);
    const { second, again } = await restart(first, world);
    const minutes = (await again.get(`/api/meetings/${meetingId}`)).json.minutes;
    expect(minutes.schemaVersion).toBe(1);
    expect(minutes.items.find((i: { id: string }) => i.id === itemId).decision[0]).toEqual(forward);
    await second.deps.collab.flush();
    expect(docVersion((await loadDoc(second.deps.db, meetingId)).doc)).toBe(1);
    const seal = await again.get(`/api/meetings/${meetingId}/seal`);
    expect(seal.json.verified).toBe(true);
  });
});
