import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { apiClient } from '../testing/api.ts';
import { connectClient } from '../testing/testClient.ts';
import { waitFor } from '../testing/testServer.ts';
import { useCleanups } from '../testing/useCleanups.ts';
import { useWorldServer } from '../testing/worldServer.ts';

const worldServer = useWorldServer();
// After the world server's: its afterEach runs first, so clients close before their server.
const cleanups = useCleanups();

describe('presenter invitations', () => {
  it('turns a one-time link into an account that can write only the invited item', async () => {
    const { server, world, as, anonymous } = await worldServer();
    const secretary = await as('secretary');
    const invite = await secretary.post(`/api/meetings/${world.meetingId}/invitations`, {
      email: 'Ny.Person@Exempel.se',
      itemId: world.items.item2,
    });
    expect(invite.status).toBe(201);
    const token = invite.json.path.split('/').pop();

    const about = await anonymous.get(`/api/invitations/${token}`);
    expect(about.json).toMatchObject({ email: 'ny.person@exempel.se', itemTitle: 'Punkt item2' });

    const tooShort = await anonymous.post(`/api/invitations/${token}/accept`, {
      name: 'Ny Person',
      password: 'kort',
    });
    expect(tooShort.status).toBe(400);
    const accepted = await fetch(`${server.url}/api/invitations/${token}/accept`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({
        name: 'Nora Presenter',
        password: 'ett-langt-losenord',
        organisation: 'Leksand',
      }),
    });
    expect(accepted.status).toBe(200);
    const cookie = (accepted.headers.get('set-cookie') ?? '').split(';')[0]!;
    const again = await anonymous.post(`/api/invitations/${token}/accept`, {
      name: 'Någon annan',
      password: 'ett-annat-losenord',
    });
    expect(again.status).toBe(410);
    expect(again.json.error.id).toBe('invitation_invalid');

    const invited = apiClient(server.url, cookie);
    expect(
      (await invited.get('/api/meetings')).json.meetings.map((m: { id: string }) => m.id),
    ).toEqual([world.meetingId]);
    expect((await invited.get(`/api/meetings/${world.otherBodyMeetingId}`)).status).toBe(404);

    const client = connectClient(server.url, world.meetingId, cookie);
    cleanups.push(() => client.destroy());
    await waitFor(() => client.provider.synced, 'synced');
    client.doc.transact(() => {
      const p = new Y.XmlElement('paragraph');
      p.insert(0, [new Y.XmlText('Inbjuden text')]);
      client.doc.getXmlFragment(`item:${world.items.item2}:body`).push([p]);
    });
    await server.deps.collab.flush();
    await waitFor(
      async () =>
        JSON.stringify(
          (await secretary.get(`/api/meetings/${world.meetingId}`)).json.minutes,
        ).includes('Inbjuden text'),
      'stored',
    );
    client.doc.transact(() =>
      client.doc
        .getXmlFragment(`item:${world.items.item1}:body`)
        .push([new Y.XmlElement('paragraph')]),
    );
    await waitFor(() => client.closes.length > 0, 'refused');
    expect(client.closes[0]!.code).toBe(4403);
  });

  it('refuses invitations from someone who is not the secretary, and unknown tokens', async () => {
    const { world, as, anonymous } = await worldServer();
    const member = await as('member');
    const refused = await member.post(`/api/meetings/${world.meetingId}/invitations`, {
      email: 'x@exempel.se',
      itemId: world.items.item1,
    });
    expect(refused.status).toBe(403);
    const unknown = await anonymous.get(`/api/invitations/${'x'.repeat(43)}`);
    expect(unknown.status).toBe(410);
  });
});
