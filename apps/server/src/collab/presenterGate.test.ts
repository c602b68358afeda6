import { CloseCode } from '@anteckna/domain';
import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { seedDemoData, DEMO_PASSWORD } from '../seed/demoData.ts';
import { apiClient } from '../testing/api.ts';
import { connectClient, type TestClient } from '../testing/testClient.ts';
import { loginCookie, startTestServer, waitFor } from '../testing/testServer.ts';
import { useCleanups } from '../testing/useCleanups.ts';

/**
 * The write gate with the stock client and the demo accounts (CONTRACT "Demo data"): a presenter
 * writes their own item and nothing else; every refusal closes with Forbidden, reaches no one,
 * and is absent after a restart.
 */
type Server = Awaited<ReturnType<typeof startTestServer>>;
const cleanups = useCleanups();

interface DemoMeeting {
  id: string;
  ownItem: string;
  otherItem: string;
}

async function demoServer(dataDir?: string) {
  const server = await startTestServer({}, dataDir);
  if (!dataDir) await seedDemoData(server.deps);
  return server;
}

/** A client of the meeting signed in with one of the demo accounts, closed after the test. */
async function clientAs(server: Server, meetingId: string, email: string): Promise<TestClient> {
  const cookie = await loginCookie(server.url, email, DEMO_PASSWORD);
  const c = connectClient(server.url, meetingId, cookie);
  cleanups.push(() => c.destroy());
  return c;
}

/** The first presenter and the secretary on the meeting, both synced. */
async function presenterAndSecretary(server: Server, meetingId: string) {
  const presenter = await clientAs(server, meetingId, 'foredragande1@exempel.se');
  const secretary = await clientAs(server, meetingId, 'sekreterare@exempel.se');
  await waitFor(() => presenter.provider.synced && secretary.provider.synced, 'synced');
  return { presenter, secretary };
}

function write(doc: Y.Doc, root: string, text: string) {
  doc.transact(() => {
    const p = new Y.XmlElement('paragraph');
    p.insert(0, [new Y.XmlText(text)]);
    doc.getXmlFragment(root).push([p]);
  });
}

const attempts: Array<{ name: string; act: (doc: Y.Doc, m: DemoMeeting) => void }> = [
  {
    name: "another presenter's item body",
    act: (doc, m) => write(doc, `item:${m.otherItem}:body`, 'INTRÅNG-BODY'),
  },
  {
    name: 'a decision of its own item',
    act: (doc, m) => write(doc, `item:${m.ownItem}:decision`, 'INTRÅNG-DECISION'),
  },
  {
    name: 'the agenda',
    act: (doc) =>
      doc.transact(() => {
        const entry = new Y.Map<unknown>();
        entry.set('id', 'intrang');
        entry.set('title', 'INTRÅNG-AGENDA');
        entry.set('presenterIds', []);
        doc.getArray('agenda').push([entry]);
      }),
  },
  {
    name: 'a root that does not exist',
    act: (doc) => doc.getMap('secret').set('x', 'INTRÅNG-UNKNOWN'),
  },
];

describe('presenters write only their own sections', () => {
  it('lets a presenter write their own item’s body, and the secretary sees it', async () => {
    const server = await demoServer();
    cleanups.push(() => server.close());
    const meeting = await preparationMeetingFor(server, 'foredragande1@exempel.se');
    const { presenter, secretary } = await presenterAndSecretary(server, meeting.id);
    write(presenter.doc, `item:${meeting.ownItem}:body`, 'Föredragandens bakgrund');
    await waitFor(
      () =>
        secretary.doc
          .getXmlFragment(`item:${meeting.ownItem}:body`)
          .toString()
          .includes('Föredragandens bakgrund'),
      'secretary sees it',
    );
    expect(presenter.closes).toEqual([]);
  });

  for (const attempt of attempts) {
    it(`refuses a presenter's write to ${attempt.name}: Forbidden, seen by no one, absent after a restart`, async () => {
      let server = await demoServer();
      let open = true;
      cleanups.push(() => (open ? server.close() : undefined));
      const meeting = await preparationMeetingFor(server, 'foredragande1@exempel.se');
      const { presenter, secretary } = await presenterAndSecretary(server, meeting.id);
      attempt.act(presenter.doc, meeting);
      await waitFor(() => presenter.closes.length > 0, 'refusal');
      expect(presenter.closes[0]!.code).toBe(CloseCode.Forbidden.code);
      // A later honest edit reaches the secretary, so anything sent before it would have too.
      const marker = await clientAs(server, meeting.id, 'foredragande2@exempel.se');
      await waitFor(() => marker.provider.synced, 'marker synced');
      const markerItem = (await preparationMeetingFor(server, 'foredragande2@exempel.se')).ownItem;
      write(marker.doc, `item:${markerItem}:body`, 'MARKÖR');
      await waitFor(
        () => allContent(secretary.doc).includes('MARKÖR'),
        'marker reached the secretary',
      );
      expect(allContent(secretary.doc)).not.toContain('INTRÅNG');

      await server.deps.collab.flush();
      const dataDir = server.dataDir;
      await server.close();
      open = false;
      server = await demoServer(dataDir);
      cleanups.push(() => server.close());
      const fresh = await clientAs(server, meeting.id, 'sekreterare@exempel.se');
      await waitFor(() => fresh.provider.synced, 'synced after restart');
      expect(allContent(fresh.doc)).toContain('MARKÖR');
      expect(allContent(fresh.doc)).not.toContain('INTRÅNG');
    });
  }
});

/** The December meeting in preparation, the presenter's own item and one presented by someone else. */
async function preparationMeetingFor(server: Server, email: string): Promise<DemoMeeting> {
  const api = apiClient(server.url, await loginCookie(server.url, email, DEMO_PASSWORD));
  const me = (await api.get('/api/me')).json.user.id as string;
  const meeting = (await api.get('/api/meetings')).json.meetings
    .filter(
      (m: { bodyShortName: string; phase: string }) =>
        m.bodyShortName === 'LCHNV' && m.phase === 'preparation',
    )
    .at(-1);
  const items = (await api.get(`/api/meetings/${meeting.id}`)).json.minutes.items as Array<{
    id: string;
    presenterIds: string[];
  }>;
  return {
    id: meeting.id,
    ownItem: items.find((i) => i.presenterIds.includes(me))!.id,
    otherItem: items.find((i) => i.presenterIds.length > 0 && !i.presenterIds.includes(me))!.id,
  };
}

/** Every root's content, including roots this client never asked for by name. */
function allContent(doc: Y.Doc): string {
  return [...doc.share.keys()]
    .map((key) => {
      if (key.startsWith('item:')) return doc.getXmlFragment(key).toString();
      if (key === 'agenda') return JSON.stringify(doc.getArray(key).toJSON());
      return JSON.stringify(doc.getMap(key).toJSON());
    })
    .join('\n');
}
