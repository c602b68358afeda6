import { expect, it } from 'vitest';
import * as Y from 'yjs';
import { startChildServer, type ChildServer } from '../testing/childServer.ts';
import { connectClient, type TestClient } from '../testing/testClient.ts';
import { loginCookie, startTestServer, waitFor } from '../testing/testServer.ts';
import { createTestWorld, TEST_PASSWORD } from '../testing/testWorld.ts';
import { useCleanups } from '../testing/useCleanups.ts';

const cleanups = useCleanups();

const TAG = /\[(w\d)-(\d+)\]/g;
function tagsIn(doc: Y.Doc, itemIds: string[]): Set<string> {
  const tags = new Set<string>();
  for (const id of itemIds) {
    for (const match of doc.getXmlFragment(`item:${id}:body`).toString().matchAll(TAG))
      tags.add(match[0]);
  }
  return tags;
}

function appendTag(doc: Y.Doc, itemId: string, tag: string) {
  const fragment = doc.getXmlFragment(`item:${itemId}:body`);
  doc.transact(() => {
    let paragraph = fragment.get(0) as Y.XmlElement | undefined;
    if (!paragraph) {
      paragraph = new Y.XmlElement('paragraph');
      paragraph.insert(0, [new Y.XmlText('')]);
      fragment.insert(0, [paragraph]);
    }
    const text = paragraph.get(0) as Y.XmlText;
    text.insert(text.length, tag);
  });
}

it('keeps every edit another client had received when the server is killed with SIGKILL mid-burst', async () => {
  const prepared = await startTestServer();
  const world = await createTestWorld(prepared.deps);
  await prepared.close();
  const itemIds = [world.items.item1, world.items.item2];

  let server: ChildServer = await startChildServer(prepared.dataDir);
  cleanups.push(() => void server.child.kill('SIGKILL'));
  const login = (who: keyof typeof world.users) =>
    loginCookie(server.url, world.users[who].email, TEST_PASSWORD);
  const writers: Array<{ client: TestClient; itemId: string; name: string }> = [
    {
      client: connectClient(server.url, world.meetingId, await login('secretary')),
      itemId: world.items.item1,
      name: 'w1',
    },
    {
      client: connectClient(server.url, world.meetingId, await login('presenter1')),
      itemId: world.items.item1,
      name: 'w2',
    },
    {
      client: connectClient(server.url, world.meetingId, await login('presenter2')),
      itemId: world.items.item2,
      name: 'w3',
    },
  ];
  const observer = connectClient(server.url, world.meetingId, await login('member'));
  const everyone = [...writers.map((w) => w.client), observer];
  cleanups.push(() => everyone.forEach((c) => c.destroy()));
  await waitFor(() => everyone.every((c) => c.provider.synced), 'all synced');

  // Burst: every writer appends tags as fast as the event loop lets it, until the kill.
  let running = true;
  const bursts = writers.map(async ({ client, itemId, name }) => {
    for (let n = 0; running && n < 5000; n++) {
      appendTag(client.doc, itemId, `[${name}-${n}]`);
      await new Promise((resolve) => setImmediate(resolve));
    }
  });
  await waitFor(() => tagsIn(observer.doc, itemIds).size >= 150, 'observer saw edits', 30_000);
  server.child.kill('SIGKILL');
  await server.exited;
  running = false;
  await Promise.all(bursts);

  // What any client received from others: all the observer saw, and what each writer saw of others.
  const seenByOthers = tagsIn(observer.doc, itemIds);
  for (const writer of writers) {
    for (const tag of tagsIn(writer.client.doc, itemIds))
      if (!tag.startsWith(`[${writer.name}-`)) seenByOthers.add(tag);
  }
  // Stop the old clients before the restart, so none can send its copy again and mask a loss.
  for (const c of everyone) c.destroy();

  server = await startChildServer(prepared.dataDir);
  const fresh = connectClient(
    server.url,
    world.meetingId,
    await loginCookie(server.url, world.users.member.email, TEST_PASSWORD),
  );
  cleanups.push(() => fresh.destroy());
  await waitFor(() => fresh.provider.synced, 'fresh client synced');
  const stored = tagsIn(fresh.doc, itemIds);
  const lost = [...seenByOthers].filter((tag) => !stored.has(tag));
  expect(seenByOthers.size).toBeGreaterThanOrEqual(150);
  expect(lost).toEqual([]);
});
