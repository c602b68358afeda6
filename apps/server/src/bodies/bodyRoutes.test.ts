import { describe, expect, it } from 'vitest';
import { readMinutes } from '@anteckna/doc-schema';
import { createMeeting } from '../meetings/createMeeting.ts';
import { useWorldServer } from '../testing/worldServer.ts';

const worldServer = useWorldServer();

async function setup() {
  const started = await worldServer();
  return {
    ...started,
    secretary: await started.as('secretary'),
    member: await started.as('member'),
  };
}

describe('managing a body', () => {
  it('adds a member with title, organisation, deputy and acting, and changes them later', async () => {
    const { world, secretary } = await setup();
    const path = `/api/bodies/${world.bodyId}`;
    const added = await secretary.post(`${path}/members`, {
      email: 'Ny.Ledamot@Test.Exempel.se',
      name: 'Nora Ny',
      title: 'Socialchef',
      organisation: 'Avesta',
      role: 'member',
      deputy: true,
      acting: true,
    });
    expect(added.status).toBe(200);
    const nora = added.json.members.find((m: { name: string }) => m.name === 'Nora Ny');
    expect(nora).toMatchObject({
      email: 'ny.ledamot@test.exempel.se',
      title: 'Socialchef',
      organisation: 'Avesta',
      role: 'member',
      deputy: true,
      acting: true,
    });
    const changed = await secretary.patch(`${path}/members/${nora.userId}`, {
      title: 'Förvaltningschef',
      organisation: 'Borlänge',
      role: 'chair',
      acting: false,
    });
    expect(changed.status).toBe(200);
    expect(
      changed.json.members.find((m: { userId: string }) => m.userId === nora.userId),
    ).toMatchObject({
      title: 'Förvaltningschef',
      organisation: 'Borlänge',
      role: 'chair',
      deputy: true,
      acting: false,
    });
  });

  it('keeps vacant seats with title and organisation, and removes them', async () => {
    const { world, secretary } = await setup();
    const path = `/api/bodies/${world.bodyId}`;
    const added = await secretary.post(`${path}/vacancies`, {
      organisation: 'Borlänge',
      title: 'Biblioteksstrateg',
    });
    expect(added.status).toBe(200);
    expect(added.json.vacancies).toEqual([
      { id: expect.any(String), organisation: 'Borlänge', title: 'Biblioteksstrateg' },
    ]);
    const removed = await secretary.delete(`${path}/vacancies/${added.json.vacancies[0].id}`);
    expect(removed.json.vacancies).toEqual([]);
    const again = await secretary.delete(`${path}/vacancies/${added.json.vacancies[0].id}`);
    expect(again.status).toBe(404);
    expect(again.json.error.id).toBe('vacancy_not_found');
  });

  it('[P5] puts members, acting ones too, as called and vacant seats into the attendance of a new meeting', async () => {
    const { server, world, secretary } = await setup();
    const path = `/api/bodies/${world.bodyId}`;
    await secretary.patch(`${path}/members/${world.users.member.id}`, {
      organisation: 'Avesta',
      acting: true,
    });
    await secretary.post(`${path}/vacancies`, { organisation: 'Borlänge', title: 'Socialchef' });
    const { meeting } = await createMeeting(server.deps, world.users.secretary.id, {
      bodyId: world.bodyId,
      title: 'Nästa möte',
      date: '2027-01-20',
    });
    const attendance = (
      await server.deps.collab.readDoc(meeting.id, (room) => readMinutes(room.doc))
    ).attendance;
    const people = attendance.flatMap((group) => group.people);
    // Nobody is present before the meeting: the secretary marks the acting member "tf" then.
    expect(people.filter((p) => !p.vacant).every((p) => p.status === 'called')).toBe(true);
    expect(people.find((p) => p.personId === world.users.member.id)).toMatchObject({
      status: 'called',
      organisation: 'Avesta',
    });
    expect(people.find((p) => p.vacant)).toMatchObject({
      title: 'Socialchef',
      organisation: 'Borlänge',
      status: 'absent',
    });
  });

  it('refuses what would break the body, with error ids', async () => {
    const { world, secretary } = await setup();
    const path = `/api/bodies/${world.bodyId}`;
    const unknownOrg = await secretary.post(`${path}/vacancies`, {
      organisation: 'Mora',
      title: 'Socialchef',
    });
    expect(unknownOrg.json.error.id).toBe('unknown_organisation');
    const demote = await secretary.patch(`${path}/members/${world.users.secretary.id}`, {
      role: 'member',
    });
    expect(demote.status).toBe(409);
    expect(demote.json.error.id).toBe('last_secretary');
    // An organisation that still has seats: memberOrganisations.test.ts.
    const nobody = await secretary.patch(`${path}/members/${world.users.outsider.id}`, {
      acting: true,
    });
    expect(nobody.json.error.id).toBe('member_not_found');
  });

  it('lets members read the body but not change it', async () => {
    const { world, member } = await setup();
    const path = `/api/bodies/${world.bodyId}`;
    const read = await member.get(path);
    expect(read.status).toBe(200);
    expect(read.json.members.length).toBe(2);
    for (const attempt of [
      member.patch(path, { name: 'Nytt namn' }),
      member.post(`${path}/vacancies`, { organisation: 'Avesta', title: 'Socialchef' }),
      member.patch(`${path}/members/${world.users.member.id}`, { acting: true }),
    ]) {
      const answer = await attempt;
      expect(answer.status).toBe(403);
      expect(answer.json.error.id).toBe('not_secretary');
    }
  });
});
