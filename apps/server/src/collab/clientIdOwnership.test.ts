import { CloseCode } from '@anteckna/domain';
import type { CollabService } from './collabService.ts';
import * as encoding from 'lib0/encoding';
import { describe, expect, it } from 'vitest';
import { joinMeeting, writeParagraph } from '../testing/collabFixtures.ts';
import { connectClient, type TestClient } from '../testing/testClient.ts';
import { loginCookie, startTestServer, waitFor } from '../testing/testServer.ts';
import { createTestWorld, TEST_PASSWORD } from '../testing/testWorld.ts';
import { useCleanups } from '../testing/useCleanups.ts';

/**
 * Security review finding 1: a presenter wrote in its own item under the secretary's client id at
 * the secretary's next clock, and the secretary's offline edit then vanished on reconnect (the
 * server took it for already known). Client ids now belong to whoever wrote with them first.
 */
const cleanups = useCleanups();

/** A fresh server with the test world, closed after the test; item 1's body is the usual target. */
async function startWorld() {
  const server = await startTestServer();
  cleanups.push(() => server.close());
  const world = await createTestWorld(server.deps);
  return { server, world, item1Body: `item:${world.items.item1}:body` };
}

/** The attacker's own document takes over `victim`'s client id, then writes its own item. */
function spoofAndWrite(attacker: TestClient, victim: number, root: string, text: string) {
  const own = attacker.doc.clientID;
  attacker.doc.clientID = victim;
  // The provider sends the update from inside the write; its presence keeps the own id.
  writeParagraph(attacker.doc, root, text);
  attacker.doc.clientID = own;
}

const storedText = (
  server: { deps: { collab: Pick<CollabService, 'readDoc'> } },
  meetingId: string,
  root: string,
) => server.deps.collab.readDoc(meetingId, (room) => room.doc.getXmlFragment(root).toString());

const refused = (client: TestClient) => () =>
  client.closes.some((close) => close.code === CloseCode.Forbidden.code);

describe('client ids belong to their first writer', () => {
  it("refuses a presenter writing its own item under the secretary's next clock, and the secretary's offline edit survives", async () => {
    const { server, world, item1Body } = await startWorld();
    const secretary = await joinMeeting(server, world, 'secretary', cleanups);
    const presenter = await joinMeeting(server, world, 'presenter1', cleanups);
    const member = await joinMeeting(server, world, 'member', cleanups);

    writeParagraph(secretary.doc, item1Body, 'Sekreterarens första rad');
    await waitFor(
      () => member.doc.getXmlFragment(item1Body).toString().includes('första rad'),
      'first line shared',
    );
    // The secretary goes offline and writes on; the presenter takes the secretary's next clock.
    secretary.provider.disconnect();
    writeParagraph(secretary.doc, item1Body, 'Sekreterarens offline-rad');
    await waitFor(
      () => presenter.doc.getXmlFragment(item1Body).toString().includes('första rad'),
      'presenter has the first line',
    );
    spoofAndWrite(presenter, secretary.doc.clientID, item1Body, 'KAPAD');

    await waitFor(refused(presenter), 'the spoofing connection closed with Forbidden');
    secretary.provider.connect();
    await waitFor(
      () => member.doc.getXmlFragment(item1Body).toString().includes('offline-rad'),
      "the secretary's offline edit arrives",
    );
    expect(member.doc.getXmlFragment(item1Body).toString()).not.toContain('KAPAD');
    expect(secretary.closes).toEqual([]);
    await server.deps.collab.flush();
    const stored = await server.deps.collab.readDoc(world.meetingId, (room) =>
      room.doc.getXmlFragment(item1Body).toString(),
    );
    expect(stored).toContain('offline-rad');
    expect(stored).not.toContain('KAPAD');
  });

  it('refuses writing under a client id another person has only introduced in presence', async () => {
    const { server, world } = await startWorld();
    const secretary = await joinMeeting(server, world, 'secretary', cleanups);
    const presenter = await joinMeeting(server, world, 'presenter1', cleanups);
    await waitFor(
      () =>
        server.deps.collab.readDoc(world.meetingId, (room) =>
          room.awarenessOwners.has(secretary.doc.clientID),
        ),
      "the secretary's presence is known to the server",
    );
    spoofAndWrite(presenter, secretary.doc.clientID, `item:${world.items.item1}:body`, 'FÖRE');
    await waitFor(refused(presenter), 'closed with Forbidden');
  });

  it('does not give a client id to whoever echoes its presence after its owner left', async () => {
    const { server, world, item1Body } = await startWorld();
    const secretary = await joinMeeting(server, world, 'secretary', cleanups);
    const presenter = await joinMeeting(server, world, 'presenter1', cleanups);
    const presenterId = presenter.doc.clientID;
    presenter.provider.disconnect();
    await waitFor(
      () =>
        server.deps.collab.readDoc(
          world.meetingId,
          (room) => !room.awarenessOwners.has(presenterId),
        ),
      'the presenter left',
    );
    // The stock client sends the presence entries it hears back to the server: here the
    // secretary's client repeats the presenter's entry.
    const entry = encoding.createEncoder();
    encoding.writeVarUint(entry, 1);
    encoding.writeVarUint(entry, presenterId);
    encoding.writeVarUint(entry, 1000);
    encoding.writeVarString(entry, JSON.stringify({ cursor: null }));
    const echo = encoding.createEncoder();
    encoding.writeVarUint(echo, 1);
    encoding.writeVarUint8Array(echo, encoding.toUint8Array(entry));
    secretary.provider.ws!.send(encoding.toUint8Array(echo));
    await waitFor(
      () =>
        server.deps.collab.readDoc(
          world.meetingId,
          (room) => room.awarenessOwners.get(presenterId)?.user.id === world.users.secretary.id,
        ),
      "the secretary's connection holds the echoed entry",
    );
    // Offline, the presenter writes for the first time, then comes back.
    writeParagraph(presenter.doc, item1Body, 'Skrivet offline');
    presenter.provider.connect();
    await waitFor(
      async () =>
        (await storedText(server, world.meetingId, item1Body)).includes('Skrivet offline'),
      "the presenter's offline edit stored",
    );
    expect(presenter.closes).toEqual([]);
  });

  it('keeps ownership across a restart of the server', async () => {
    const first = await startTestServer();
    let open = true;
    cleanups.push(() => (open ? first.close() : undefined));
    const world = await createTestWorld(first.deps);
    const item1Body = `item:${world.items.item1}:body`;
    const secretary = await joinMeeting(first, world, 'secretary', cleanups);
    writeParagraph(secretary.doc, item1Body, 'Före omstarten');
    await waitFor(
      () =>
        first.deps.collab.readDoc(world.meetingId, (room) =>
          room.doc.getXmlFragment(item1Body).toString().includes('Före omstarten'),
        ),
      'stored',
    );
    const secretaryClientId = secretary.doc.clientID;
    secretary.provider.disconnect();
    await first.deps.collab.flush();
    await first.close();
    open = false;

    const second = await startTestServer({}, first.dataDir);
    cleanups.push(() => second.close());
    const presenter = await joinMeeting(second, world, 'presenter1', cleanups);
    spoofAndWrite(presenter, secretaryClientId, item1Body, 'EFTER');
    await waitFor(refused(presenter), 'closed with Forbidden after the restart');
  });

  it("lets a person go on under their own client id from a new connection (an offline copy's edits)", async () => {
    const { server, world, item1Body } = await startWorld();
    const presenter = await joinMeeting(server, world, 'presenter1', cleanups);
    writeParagraph(presenter.doc, item1Body, 'Första');
    await server.deps.collab.flush();
    await waitFor(
      async () => (await storedText(server, world.meetingId, item1Body)).includes('Första'),
      'stored',
    );
    presenter.provider.disconnect();
    writeParagraph(presenter.doc, item1Body, 'Offline');
    // A new connection of the same person carrying the same document (a reload with its copy).
    const cookie = await loginCookie(server.url, world.users.presenter1.email, TEST_PASSWORD);
    const again = connectClient(server.url, world.meetingId, cookie, { doc: presenter.doc });
    cleanups.push(() => again.provider.destroy());
    await waitFor(
      async () => (await storedText(server, world.meetingId, item1Body)).includes('Offline'),
      'the offline edit stored',
    );
    expect(again.closes).toEqual([]);
  });
});
