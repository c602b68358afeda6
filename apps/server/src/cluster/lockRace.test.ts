import { CloseCode } from '@anteckna/domain';
import { expect, it } from 'vitest';
import * as Y from 'yjs';
import { apiClient } from '../testing/api.ts';
import { writeParagraph } from '../testing/collabFixtures.ts';
import { approveAtNextMeeting, circulatedMeeting } from '../testing/minutesContent.ts';
import { connectClient } from '../testing/testClient.ts';
import { loginCookie, startTestServer, waitFor } from '../testing/testServer.ts';
import { createTestWorld, TEST_PASSWORD } from '../testing/testWorld.ts';
import { useCleanups } from '../testing/useCleanups.ts';

const cleanups = useCleanups();

/**
 * With several processes, an edit the owner's gate accepted can reach the log just after another
 * process locked the minutes (the owner hears of the lock a moment later). The database refuses
 * it; the owner must neither crash nor acknowledge it: the room reloads, and the client's edit,
 * sent again, is refused as locked.
 */
it('an accepted edit whose commit the locked record refuses resets the room, and is then refused as locked', async () => {
  const server = await startTestServer();
  cleanups.push(() => server.close());
  const world = await createTestWorld(server.deps);
  const cookie = await loginCookie(server.url, world.users.secretary.email, TEST_PASSWORD);
  const meetingId = await circulatedMeeting(
    server.deps,
    apiClient(server.url, cookie),
    world.bodyId,
    '2027-03-11',
  );
  const client = connectClient(server.url, meetingId, cookie);
  cleanups.push(() => client.destroy());
  await waitFor(() => client.provider.synced, 'synced');
  const item = (client.doc.getArray('agenda').get(0) as Y.Map<unknown>).get('id') as string;

  // Approved and sealed by another process on the same database, unknown yet to this room's gate.
  const other = await startTestServer({}, server.dataDir);
  cleanups.push(() => other.close());
  const otherCookie = await loginCookie(other.url, world.users.secretary.email, TEST_PASSWORD);
  await approveAtNextMeeting(apiClient(other.url, otherCookie), world.bodyId, '2027-04-08');
  writeParagraph(client.doc, `item:${item}:body`, 'ACCEPTERAT MEN EJ SPARAT');

  await waitFor(
    () => client.closes.some((c) => c.code === CloseCode.RoomReset.code),
    'the room reloads',
  );
  await waitFor(
    () => client.closes.some((c) => c.code === CloseCode.Locked.code),
    'the edit, sent again, refused as locked',
  );
  const reader = connectClient(server.url, meetingId, cookie);
  cleanups.push(() => reader.destroy());
  await waitFor(() => reader.provider.synced, 'a reader synced');
  expect(reader.doc.getXmlFragment(`item:${item}:body`).toString()).not.toContain('ACCEPTERAT');
});
