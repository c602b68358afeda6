import { describe, expect, it } from 'vitest';
import { itemFragment, writeBlocks } from '@anteckna/doc-schema';
import { searchRows } from '../db/schema.ts';
import { approveAtNextMeeting, circulatedMeeting, writeItem } from '../testing/minutesContent.ts';
import { waitFor } from '../testing/testServer.ts';
import { useWorldServer } from '../testing/worldServer.ts';

const worldServer = useWorldServer();

async function setup() {
  const world = await worldServer();
  return {
    ...world,
    secretary: await world.as('secretary'),
    member: await world.as('member'),
    outsider: await world.as('outsider'),
    presenter1: await world.as('presenter1'),
  };
}

const q = (text: string) => `?q=${encodeURIComponent(text)}`;
const hitText = (hit: { snippet: Array<{ text: string }> }) =>
  hit.snippet.map((part) => part.text).join('');

describe('search over the minutes a person may read', () => {
  it('finds an item by a prefix typed without diacritics, with meeting, item and a highlighted snippet', async () => {
    const { server, world, indexNow, member } = await setup();
    const itemId = await writeItem(server.deps, world.meetingId, {
      title: 'Nyktringsenheter i länet',
      body: 'Länsstyrelsen redovisade läget för tillnyktringsenheterna.',
      decision: [{ type: 'note', text: 'lägga informationen till handlingarna' }],
    });
    await indexNow();
    const found = await member.get(`/api/search${q('lansstyr nyktring')}`);
    expect(found.status).toBe(200);
    expect(found.json.hits).toHaveLength(1);
    const [hit] = found.json.hits;
    expect(hit).toMatchObject({
      meetingId: world.meetingId,
      itemId,
      itemNumber: '3',
      itemTitle: 'Nyktringsenheter i länet',
      meetingTitle: 'Testmöte',
      meetingDate: '2026-12-10',
      bodyId: world.bodyId,
      bodyName: 'Testnätverket',
    });
    expect(
      hit.snippet.filter((part: { hit: boolean }) => part.hit).map((p: { text: string }) => p.text),
    ).toContain('Länsstyrelsen');
    const decided = await member.get(`/api/search${q('handlingarna')}`);
    expect(decided.json.hits.map((h: { itemId: string }) => h.itemId)).toEqual([itemId]);
  });

  it('finds people in the attendance as a hit on the meeting itself', async () => {
    const { indexNow, world, secretary } = await setup();
    const created = await secretary.post('/api/meetings', {
      bodyId: world.bodyId,
      title: 'Nätverksmöte',
      date: '2027-01-14',
    });
    await indexNow();
    const found = await secretary.get(`/api/search${q('test secretary')}`);
    expect(found.json.hits).toContainEqual(
      expect.objectContaining({ meetingId: created.json.id, itemId: null }),
    );
  });

  it('never shows a member of one body the text of another, whatever they type', async () => {
    const { server, world, indexNow, outsider, member } = await setup();
    await writeItem(server.deps, world.meetingId, {
      title: 'Hemlig upphandling',
      body: 'Anbudet från Leverantören Kvastmakarna AB.',
    });
    await writeItem(server.deps, world.otherBodyMeetingId, {
      title: 'Annat organs punkt',
      body: 'Kvastmakarna nämns också här.',
    });
    await indexNow();
    const attacks = [
      'kvastmakarna',
      'Kvastmakarna AB',
      'title:Hemlig',
      '{title body}: upphandling',
      '"hemlig" OR upphandling',
      'NEAR(hemlig upphandling)',
      'hemlig*',
      "' OR 1=1 --",
      '*',
      'upphandling) OR (a',
    ];
    for (const attack of attacks) {
      const response = await outsider.get(`/api/search${q(attack)}`);
      expect(response.status, attack).toBe(200);
      for (const hit of response.json.hits) {
        expect(hit.bodyId, attack).not.toBe(world.bodyId);
        expect(hitText(hit), attack).not.toMatch(/Hemlig|Anbudet/);
      }
    }
    // The outsider finds their own body's text, and the member only theirs.
    const own = await outsider.get(`/api/search${q('kvastmakarna')}`);
    expect(own.json.hits.map((h: { meetingId: string }) => h.meetingId)).toEqual([
      world.otherBodyMeetingId,
    ]);
    const theirs = await member.get(`/api/search${q('kvastmakarna')}`);
    expect(theirs.json.hits.map((h: { meetingId: string }) => h.meetingId)).toEqual([
      world.meetingId,
    ]);
  });

  it('lets an outside presenter find the meeting they present in and nothing else of the body', async () => {
    const { server, world, indexNow, secretary, presenter1 } = await setup();
    await writeItem(server.deps, world.meetingId, { title: 'Samverkan kring barnahus' });
    const later = await secretary.post('/api/meetings', {
      bodyId: world.bodyId,
      title: 'Nätverksmöte',
      date: '2027-01-14',
    });
    await writeItem(server.deps, later.json.id, { title: 'Barnahus uppföljning' });
    await indexNow();
    const found = await presenter1.get(`/api/search${q('barnahus')}`);
    expect(found.json.hits.map((h: { meetingId: string }) => h.meetingId)).toEqual([
      world.meetingId,
    ]);
    const all = await secretary.get(`/api/search${q('barnahus')}`);
    expect(all.json.hits).toHaveLength(2);
  });

  it('answers an empty, blank or 1,000-character query with invalid_search_query, and punctuation with no hits', async () => {
    const { member, anonymous } = await setup();
    for (const path of [
      '/api/search',
      `/api/search${q('')}`,
      `/api/search${q('   ')}`,
      `/api/search${q('a'.repeat(1000))}`,
      `/api/public/search${q('a'.repeat(1000))}`,
    ]) {
      const client = path.startsWith('/api/public') ? anonymous : member;
      const refused = await client.get(path);
      expect(refused.status, path).toBe(400);
      expect(refused.json.error.id).toBe('invalid_search_query');
      expect(refused.json.error.message).toMatch(/200/);
    }
    for (const text of ['"', '***', '()', ':', '"unterminated', 'NEAR', 'AND OR NOT', '^']) {
      const response = await member.get(`/api/search${q(text)}`);
      expect(response.status, text).toBe(200);
      expect(response.json.hits, text).toBeInstanceOf(Array);
    }
    expect((await anonymous.get(`/api/search${q('möte')}`)).status).toBe(401);
  });

  it('keeps the index up to date after edits once the document is quiet', async () => {
    const { server, world, indexNow, member } = await setup();
    const itemId = await writeItem(server.deps, world.meetingId, {
      title: 'Punkt',
      body: 'Första lydelsen om trafiksäkerhet.',
    });
    await indexNow();
    expect((await member.get(`/api/search${q('trafiksäkerhet')}`)).json.hits).toHaveLength(1);
    await server.deps.collab.writeDoc(world.meetingId, (room) =>
      writeBlocks(itemFragment(room.doc, itemId, 'body'), [
        { type: 'paragraph', runs: [{ text: 'Ny lydelse om skolskjutsar.' }] },
      ]),
    );
    // No flush: the debounced reindex after the edit does it.
    await waitFor(
      async () => (await member.get(`/api/search${q('skolskjutsar')}`)).json.hits.length === 1,
      'the edit to be indexed',
    );
    expect((await member.get(`/api/search${q('trafiksäkerhet')}`)).json.hits).toHaveLength(0);
  });

  it('shows at most 50 hits, each item once, when more match and items match twice (their internal attachments too)', async () => {
    const { server, world, indexNow, secretary } = await setup();
    for (let n = 1; n <= 60; n++) {
      const internal = {
        id: `brand-${n}`,
        fileName: `skogsbrand-${n}-personuppgifter.pdf`,
        sha256: 'c'.repeat(64),
        size: 10,
        mediaType: 'application/pdf',
        internal: true,
      };
      await writeItem(server.deps, world.meetingId, {
        title: `Beredskap ${n}`,
        body: 'Länsstyrelsen redovisade läget efter sommarens skogsbrand och vad kommunerna lärt sig av räddningsinsatserna.',
        attachments: n % 2 === 0 ? [internal] : [],
      });
    }
    await indexNow();
    const found = await secretary.get(`/api/search${q('skogsbrand')}`);
    expect(found.json.hits).toHaveLength(50);
    const items = found.json.hits.map((h: { itemId: string }) => h.itemId);
    expect(new Set(items).size).toBe(50);
    const internal = await secretary.get(`/api/search${q('personuppgifter')}`);
    expect(internal.json.hits).toHaveLength(30);
  });

  it('indexes every meeting edited at the same moment once they are quiet', async () => {
    const { server, world } = await setup();
    const edited = [world.meetingId, world.otherBodyMeetingId];
    for (const [i, meetingId] of edited.entries())
      await writeItem(server.deps, meetingId, { title: `Samtidig ändring ${i}` });
    // No flush: the debounced reindex after the edits does it, for both meetings.
    await waitFor(async () => {
      const titles = await server.deps.db.select().from(searchRows);
      return edited.every((meetingId, i) =>
        titles.some(
          (row) => row.meetingId === meetingId && row.itemTitle === `Samtidig ändring ${i}`,
        ),
      );
    }, 'both meetings indexed');
  });

  it('indexes at start the meetings a database from before the index holds', async () => {
    const { server, world, indexNow, member } = await setup();
    await writeItem(server.deps, world.meetingId, { title: 'Äldreomsorgens bemanning' });
    await indexNow();
    await server.deps.db.delete(searchRows);
    expect((await member.get(`/api/search${q('bemanning')}`)).json.hits).toHaveLength(0);
    expect(await server.deps.search.backfill()).toBe(2);
    expect((await member.get(`/api/search${q('bemanning')}`)).json.hits).toHaveLength(1);
  });
});

describe('the public search', () => {
  it('finds only approved minutes, without internal items or internal attachments', async () => {
    const { server, world, indexNow, secretary, anonymous } = await setup();
    const circulated = await circulatedMeeting(server.deps, secretary, world.bodyId, '2027-01-14');
    await writeItem(server.deps, circulated, {
      title: 'Öppen punkt om vattenförsörjning',
      attachments: [
        {
          id: 'a1',
          fileName: 'vattenplan-offentlig.pdf',
          sha256: 'a'.repeat(64),
          size: 10,
          mediaType: 'application/pdf',
          internal: false,
        },
        {
          id: 'a2',
          fileName: 'vattenplan-personuppgifter.pdf',
          sha256: 'b'.repeat(64),
          size: 10,
          mediaType: 'application/pdf',
          internal: true,
        },
      ],
    });
    await writeItem(server.deps, circulated, {
      title: 'Personalärende vattenverket',
      internal: true,
    });
    await indexNow();
    // Circulated is not yet public.
    expect((await anonymous.get(`/api/public/search${q('vatten')}`)).json.hits).toHaveLength(0);
    const { lockedMeetingId } = await approveAtNextMeeting(secretary, world.bodyId, '2027-02-11');
    expect(lockedMeetingId).toBe(circulated);
    const found = await anonymous.get(`/api/public/search${q('vatten')}`);
    expect(found.status).toBe(200);
    expect(found.json.hits.map((h: { itemTitle: string }) => h.itemTitle)).toEqual([
      'Öppen punkt om vattenförsörjning',
    ]);
    expect(JSON.stringify(found.json)).not.toMatch(/personuppgifter|Personalärende/);
    expect((await anonymous.get(`/api/public/search${q('offentlig')}`)).json.hits).toHaveLength(1);
    expect(
      (await anonymous.get(`/api/public/search${q('personuppgifter')}`)).json.hits,
    ).toHaveLength(0);
    // The members still find all of it.
    const internal = await secretary.get(`/api/search${q('personuppgifter')}`);
    expect(internal.json.hits).toHaveLength(1);
  });

  it('lists on the front door every body with approved minutes, and searches one body alone', async () => {
    const { server, world, indexNow, secretary, outsider, anonymous } = await setup();
    expect((await anonymous.get('/api/public/bodies')).json).toEqual({ bodies: [] });
    const circulated = await circulatedMeeting(server.deps, secretary, world.bodyId, '2027-01-14');
    await writeItem(server.deps, circulated, { title: 'Gemensam krisberedskap' });
    await approveAtNextMeeting(secretary, world.bodyId, '2027-02-11');
    const other = await outsider.get('/api/me');
    const otherBodyId = other.json.memberships[0].bodyId as string;
    const otherCirculated = await circulatedMeeting(
      server.deps,
      outsider,
      otherBodyId,
      '2027-01-20',
    );
    await writeItem(server.deps, otherCirculated, { title: 'Krisberedskap i grannlänet' });
    await indexNow();

    const front = await anonymous.get('/api/public/bodies');
    expect(front.status).toBe(200);
    expect(front.json.bodies).toEqual([
      {
        id: world.bodyId,
        name: 'Testnätverket',
        shortName: 'Test',
        organisation: 'Region Test',
        minutesCount: 1,
        latestMinutesDate: '2027-01-14',
      },
    ]);
    const all = await secretary.get(`/api/search${q('krisberedskap')}`);
    expect(all.json.hits).toHaveLength(1);
    await approveAtNextMeeting(outsider, otherBodyId, '2027-02-20');
    const both = await anonymous.get(`/api/public/search${q('krisberedskap')}`);
    expect(both.json.hits).toHaveLength(2);
    const one = await anonymous.get(
      `/api/public/search${q('krisberedskap')}&bodyId=${encodeURIComponent(world.bodyId)}`,
    );
    expect(one.json.hits.map((h: { bodyId: string }) => h.bodyId)).toEqual([world.bodyId]);
  });
});
