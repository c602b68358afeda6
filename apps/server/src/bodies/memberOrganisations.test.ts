import { describe, expect, it } from 'vitest';
import { useWorldServer } from '../testing/worldServer.ts';

const worldServer = useWorldServer();

/** The test world's body (Avesta, Borlänge) with two secretaries, each on their own page. */
async function twoSecretaries() {
  const started = await worldServer();
  const { world } = started;
  const path = `/api/bodies/${world.bodyId}`;
  const anna = await started.as('secretary');
  const promoted = await anna.patch(`${path}/members/${world.users.member.id}`, {
    role: 'secretary',
  });
  expect(promoted.status).toBe(200);
  return { ...started, path, anna, per: await started.as('member') };
}

const organisationPath = (path: string, name: string) =>
  `${path}/organisations/${encodeURIComponent(name)}`;

describe('the member organisations of a body', () => {
  it('keeps every change two secretaries make at the same moment', async () => {
    const { path, anna, per } = await twoSecretaries();
    // Both pages show Avesta and Borlänge; each secretary changes the list at once.
    const answers = await Promise.all([
      anna.post(`${path}/organisations`, { organisation: 'Falun' }),
      per.post(`${path}/organisations`, { organisation: 'Mora' }),
      anna.post(`${path}/organisations`, { organisation: 'Leksand' }),
      per.delete(organisationPath(path, 'Avesta')),
      per.post(`${path}/organisations`, { organisation: 'Orsa' }),
      anna.post(`${path}/organisations/Borl%C3%A4nge/move`, { direction: 'down' }),
    ]);
    expect(answers.map((answer) => answer.status)).toEqual([200, 200, 200, 200, 200, 200]);
    const { json: body } = await anna.get(path);
    expect([...body.memberOrganisations].sort()).toEqual(
      ['Borlänge', 'Falun', 'Leksand', 'Mora', 'Orsa'].sort(),
    );
  });

  it('never leaves a seat of an organisation removed at the same moment: the seat or the removal is refused', async () => {
    const { world, path, anna, per } = await twoSecretaries();
    // Each round: one secretary seats people in an organisation while the other removes it. On
    // Postgres, where the requests' queries interleave, seats were written after the removal.
    for (const [round, name] of ['Falun', 'Mora', 'Orsa', 'Leksand'].entries()) {
      expect((await anna.post(`${path}/organisations`, { organisation: name })).status).toBe(200);
      const [vacancy, member, newcomer, removal] = await Promise.all([
        anna.post(`${path}/vacancies`, { organisation: name, title: 'Förvaltningschef' }),
        anna.patch(`${path}/members/${world.users.member.id}`, { organisation: name }),
        anna.post(`${path}/members`, {
          email: `ny${round}@example.se`,
          name: `Ny Person ${round}`,
          organisation: name,
          role: 'member',
        }),
        per.delete(organisationPath(path, name)),
      ]);
      const { json: body } = await anna.get(path);
      const listed = new Set<string>(body.memberOrganisations);
      const seats = [...body.members, ...body.vacancies].map(
        (seat: { organisation: string }) => seat.organisation,
      );
      expect(seats.filter((organisation) => organisation && !listed.has(organisation))).toEqual([]);
      // Whoever came second was told why.
      if (removal.status === 200) {
        for (const seat of [vacancy, member, newcomer])
          if (seat.status !== 200) expect(seat.json.error.id).toBe('unknown_organisation');
      } else {
        expect(removal.json.error.id).toBe('organisation_in_use');
      }
      // Nobody was created for a seat that was refused.
      const created = body.members.some(
        (m: { email: string }) => m.email === `ny${round}@example.se`,
      );
      expect(created).toBe(newcomer.status === 200);
    }
  });

  it('adds last, moves one place from where an organisation is now, and removes by name', async () => {
    const { path, anna } = await twoSecretaries();
    const name = 'Region Dalarna / Hälso- och sjukvård';
    const added = await anna.post(`${path}/organisations`, { organisation: `  ${name}  ` });
    expect(added.json.memberOrganisations).toEqual(['Avesta', 'Borlänge', name]);
    const up = await anna.post(`${organisationPath(path, name)}/move`, { direction: 'up' });
    expect(up.json.memberOrganisations).toEqual(['Avesta', name, 'Borlänge']);
    const top = await anna.post(`${organisationPath(path, 'Avesta')}/move`, { direction: 'up' });
    expect(top.status).toBe(200);
    expect(top.json.memberOrganisations).toEqual(['Avesta', name, 'Borlänge']);
    const removed = await anna.delete(organisationPath(path, name));
    expect(removed.json.memberOrganisations).toEqual(['Avesta', 'Borlänge']);
  });

  it('refuses a name the list has, one it does not have, and one that still has seats, with error ids', async () => {
    const { world, path, anna } = await twoSecretaries();
    const again = await anna.post(`${path}/organisations`, { organisation: 'avesta' });
    expect(again.status).toBe(409);
    expect(again.json.error.id).toBe('organisation_exists');

    const gone = await anna.delete(organisationPath(path, 'Mora'));
    expect(gone.status).toBe(404);
    expect(gone.json.error.id).toBe('organisation_not_found');
    const moveGone = await anna.post(`${organisationPath(path, 'Mora')}/move`, {
      direction: 'up',
    });
    expect(moveGone.json.error.id).toBe('organisation_not_found');

    await anna.patch(`${path}/members/${world.users.member.id}`, { organisation: 'Avesta' });
    await anna.post(`${path}/vacancies`, { organisation: 'Borlänge', title: 'Socialchef' });
    for (const name of ['Avesta', 'Borlänge']) {
      const inUse = await anna.delete(organisationPath(path, name));
      expect(inUse.status).toBe(409);
      expect(inUse.json.error).toMatchObject({
        id: 'organisation_in_use',
        details: { organisation: name },
      });
    }
    expect((await anna.get(path)).json.memberOrganisations).toEqual(['Avesta', 'Borlänge']);
  });

  it('refuses the whole list sent back as it once was, and leaves the list as it is', async () => {
    const { path, anna } = await twoSecretaries();
    const stale = await anna.patch(path, { memberOrganisations: ['Avesta'] });
    expect(stale.status).toBe(400);
    expect(stale.json.error.id).toBe('invalid_request');
    expect((await anna.get(path)).json.memberOrganisations).toEqual(['Avesta', 'Borlänge']);
  });

  it('lets only the secretary change the list', async () => {
    const started = await worldServer();
    const member = await started.as('member');
    const path = `/api/bodies/${started.world.bodyId}`;
    for (const attempt of [
      member.post(`${path}/organisations`, { organisation: 'Mora' }),
      member.delete(organisationPath(path, 'Avesta')),
      member.post(`${organisationPath(path, 'Avesta')}/move`, { direction: 'down' }),
    ]) {
      const answer = await attempt;
      expect(answer.status).toBe(403);
      expect(answer.json.error.id).toBe('not_secretary');
    }
    const outsider = await started.as('outsider');
    const other = await outsider.post(`${path}/organisations`, { organisation: 'Mora' });
    expect(other.status).toBe(404);
    expect(other.json.error.id).toBe('body_not_found');
  });
});
