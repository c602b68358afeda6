import { describe, expect, it } from 'vitest';
import { setAttendance, setSignatureBlock } from '@anteckna/doc-schema';
import { useWorldServer } from '../testing/worldServer.ts';

const worldServer = useWorldServer();

describe('the form of the minutes follows the body', () => {
  it('[S1] a new meeting of a body whose latest minutes are a protocol is one too, with its secretary and chair and no adjusters yet', async () => {
    const { server, world, as } = await worldServer();
    const secretary = await as('secretary');
    const { users } = world;
    await server.deps.collab.writeDoc(world.meetingId, (room) => {
      setAttendance(room.doc, users.secretary.id, {
        name: 'Test secretary',
        organisation: '',
        status: 'called',
      });
      setAttendance(room.doc, users.member.id, {
        name: 'Test member',
        organisation: '',
        status: 'called',
      });
      setSignatureBlock(room.doc, {
        place: 'Falun',
        date: '2026-03-20',
        secretary: { name: 'Test secretary', personId: users.secretary.id },
        chair: { name: 'Test member', personId: users.member.id },
        adjusters: [{ name: 'Nils Holm' }],
      });
    });
    await server.deps.collab.flush();
    const created = await secretary.post('/api/meetings', {
      bodyId: world.bodyId,
      title: 'Nätverksmöte',
      date: '2099-04-17',
    });
    expect(created.status).toBe(201);
    const detail = await secretary.get(`/api/meetings/${created.json.id}`);
    expect(detail.json.minutes.meeting.signatures).toEqual({
      place: '',
      secretary: { name: 'Test secretary', personId: users.secretary.id },
      chair: { name: 'Test member', personId: users.member.id },
      adjusters: [],
    });
  });

  it('[S1] minnesanteckningar stay minnesanteckningar', async () => {
    const { world, as } = await worldServer();
    const secretary = await as('secretary');
    const created = await secretary.post('/api/meetings', {
      bodyId: world.bodyId,
      title: 'Nätverksmöte',
      date: '2099-04-17',
    });
    const detail = await secretary.get(`/api/meetings/${created.json.id}`);
    expect(detail.json.minutes.meeting).not.toHaveProperty('signatures');
  });
});
