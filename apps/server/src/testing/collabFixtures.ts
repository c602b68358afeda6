import * as encoding from 'lib0/encoding';
import * as Y from 'yjs';
import { connectClient, type TestClient } from './testClient.ts';
import { loginCookie, waitFor, type startTestServer } from './testServer.ts';
import { TEST_PASSWORD, type TestWorld } from './testWorld.ts';

type Server = Awaited<ReturnType<typeof startTestServer>>;

/** One of the test world's people, logged in (the cookie is returned) and synced with the stock client. */
export async function joinMeeting(
  server: Server,
  world: TestWorld,
  who: keyof TestWorld['users'],
  cleanups: Array<() => Promise<void> | void>,
): Promise<TestClient & { cookie: string }> {
  const cookie = await loginCookie(server.url, world.users[who].email, TEST_PASSWORD);
  const client = connectClient(server.url, world.meetingId, cookie);
  cleanups.push(() => client.destroy());
  await waitFor(() => client.provider.synced, `${who} synced`);
  return Object.assign(client, { cookie });
}

/** A paragraph appended to a TipTap field, as the editor writes it. */
export function writeParagraph(doc: Y.Doc, root: string, text: string): void {
  doc.transact(() => {
    const p = new Y.XmlElement('paragraph');
    p.insert(0, [new Y.XmlText(text)]);
    doc.getXmlFragment(root).push([p]);
  });
}

/** A y-websocket sync "update" message around raw update bytes, as an attacker sends it. */
export function syncUpdateMessage(update: Uint8Array): Uint8Array {
  const encoder = encoding.createEncoder();
  encoding.writeVarUint(encoder, 0);
  encoding.writeVarUint(encoder, 2);
  encoding.writeVarUint8Array(encoder, update);
  return encoding.toUint8Array(encoder);
}
