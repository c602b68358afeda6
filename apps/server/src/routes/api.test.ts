import { describe, expect, it } from 'vitest';
import { apiClient } from '../testing/api.ts';
import { TEST_PASSWORD } from '../testing/testWorld.ts';
import { useWorldServer } from '../testing/worldServer.ts';

const setup = useWorldServer();

describe('HTTP API', () => {
  it('answers health once the database is open and migrated', async () => {
    const { anonymous } = await setup();
    const health = await anonymous.get('/api/health');
    expect(health.status).toBe(200);
    expect(health.json.ok).toBe(true);
  });

  it('logs in with an httpOnly SameSite session cookie, answers /api/me, and logs out', async () => {
    const { server, world, anonymous } = await setup();
    const login = await anonymous.post('/api/auth/login', {
      email: world.users.secretary.email,
      password: TEST_PASSWORD,
    });
    expect(login.status).toBe(200);
    const cookie = login.headers.get('set-cookie') ?? '';
    expect(cookie).toMatch(/anteckna_session=/);
    expect(cookie).toMatch(/HttpOnly/i);
    expect(cookie).toMatch(/SameSite=Lax/i);
    const session = apiClient(server.url, cookie.split(';')[0]!);
    const me = await session.get('/api/me');
    expect(me.json.user.email).toBe(world.users.secretary.email);
    expect(me.json.memberships).toEqual([
      expect.objectContaining({ bodyId: world.bodyId, role: 'secretary' }),
    ]);
    expect((await session.post('/api/auth/logout')).status).toBe(204);
    const after = await session.get('/api/me');
    expect(after.status).toBe(401);
    expect(after.json.error.id).toBe('unauthenticated');
  });

  it('answers a wrong password with 401 and an error id, in Swedish by default and English on request', async () => {
    const { server, world, anonymous } = await setup();
    const wrong = await anonymous.post('/api/auth/login', {
      email: world.users.secretary.email,
      password: 'fel-lösenord',
    });
    expect(wrong.status).toBe(401);
    expect(wrong.json.error).toEqual({
      id: 'invalid_credentials',
      message: 'Fel e-postadress eller lösenord.',
    });
    const english = await fetch(`${server.url}/api/auth/login`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'accept-language': 'en' },
      body: JSON.stringify({ email: 'nobody@exempel.se', password: 'x' }),
    });
    expect(((await english.json()) as { error: { message: string } }).error.message).toBe(
      'Wrong e-mail address or password.',
    );
  });

  it('rejects invalid JSON and invalid fields with 400 and never a stack trace', async () => {
    const { server, anonymous } = await setup();
    const broken = await fetch(`${server.url}/api/auth/login`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: '{"email":',
    });
    const brokenBody = await broken.text();
    expect(broken.status).toBe(400);
    expect(JSON.parse(brokenBody).error.id).toMatch(/invalid_(json|request)/);
    expect(brokenBody).not.toMatch(/at .*\.ts|Error:/);
    const invalid = await anonymous.post('/api/auth/login', {
      email: 'inte-en-adress',
      password: '',
    });
    expect(invalid.status).toBe(400);
    expect(invalid.json.error.id).toBe('invalid_request');
  });

  it('throttles failed logins for one account from one address with 429 (auth/loginThrottle.test.ts has the rest)', async () => {
    const { world, anonymous } = await setup();
    const statuses: number[] = [];
    for (let i = 0; i < 8; i++) {
      statuses.push(
        (
          await anonymous.post('/api/auth/login', {
            email: world.users.member.email,
            password: `gissning-${i}`,
          })
        ).status,
      );
    }
    // Five free failures; the sixth is checked and starts a wait, in which nothing is checked.
    expect(statuses.slice(0, 6).every((s) => s === 401)).toBe(true);
    expect(statuses.slice(6)).toEqual([429, 429]);
    const right = await anonymous.post('/api/auth/login', {
      email: world.users.member.email,
      password: TEST_PASSWORD,
    });
    expect(right.status).toBe(429);
  });

  it('lists only meetings the session may read, and hides other bodies’ meetings as not found', async () => {
    const { server, world, as } = await setup();
    const presenter = await as('presenter1');
    const list = await presenter.get('/api/meetings');
    expect(list.json.meetings.map((m: { id: string }) => m.id)).toEqual([world.meetingId]);
    expect((await presenter.get(`/api/meetings/${world.otherBodyMeetingId}`)).status).toBe(404);
    const outsider = await as('outsider');
    const other = await outsider.get(`/api/meetings/${world.meetingId}`);
    expect(other.status).toBe(404);
    expect(other.json.error.id).toBe('meeting_not_found');
    expect((await apiClient(server.url, null).get('/api/meetings')).status).toBe(401);
  });

  it('creates a meeting in preparation with the standing items, for the body’s secretary only', async () => {
    const { world, as } = await setup();
    const secretary = await as('secretary');
    const created = await secretary.post('/api/meetings', {
      bodyId: world.bodyId,
      title: 'Nytt möte',
      date: '2027-01-20',
    });
    expect(created.status).toBe(201);
    expect(created.json.phase).toBe('preparation');
    const detail = await secretary.get(`/api/meetings/${created.json.id}`);
    expect(detail.json.minutes.items.map((i: { title: string }) => i.title)).toEqual([
      'Mötets öppnande',
      'Godkännande av dagordning',
      'Föregående minnesanteckningar',
      'Övriga frågor',
      'Avslutning',
    ]);
    const member = await as('member');
    const refused = await member.post('/api/meetings', {
      bodyId: world.bodyId,
      title: 'Nej',
      date: '2027-01-20',
    });
    expect(refused.status).toBe(403);
    expect(refused.json.error.id).toBe('not_secretary');
  });

  it('lists the people a secretary can name as presenters, and only to the secretary', async () => {
    const { world, as } = await setup();
    const secretary = await as('secretary');
    const people = await secretary.get(`/api/meetings/${world.meetingId}/people`);
    expect(people.status).toBe(200);
    const ids = people.json.people.map((p: { id: string }) => p.id);
    expect(ids).toEqual(
      expect.arrayContaining([
        world.users.secretary.id,
        world.users.member.id,
        world.users.presenter1.id,
      ]),
    );
    expect(ids).not.toContain(world.users.outsider.id);
    const member = await as('member');
    expect((await member.get(`/api/meetings/${world.meetingId}/people`)).status).toBe(403);
  });

  it('refuses an illegal phase move with 409 and an error id', async () => {
    const { world, as } = await setup();
    const secretary = await as('secretary');
    const illegal = await secretary.post(`/api/meetings/${world.meetingId}/phase`, {
      to: 'circulated',
    });
    expect(illegal.status).toBe(409);
    expect(illegal.json.error.id).toBe('illegal_phase_transition');
    const locking = await secretary.post(`/api/meetings/${world.meetingId}/phase`, {
      to: 'locked',
    });
    expect(locking.status).toBe(409);
  });

  it('publishes an OpenAPI 3 document generated from the routes', async () => {
    const { anonymous } = await setup();
    const doc = await anonymous.get('/api/openapi.json');
    expect(doc.json.openapi).toMatch(/^3\./);
    for (const path of [
      '/api/health',
      '/api/auth/login',
      '/api/me',
      '/api/meetings',
      '/api/meetings/{id}',
      '/api/meetings/{id}/phase',
      '/api/meetings/{id}/seal',
    ]) {
      expect(Object.keys(doc.json.paths)).toContain(path);
    }
  });
});
