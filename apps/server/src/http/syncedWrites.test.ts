import { describe, expect, it } from 'vitest';
import { watchFileSyncs } from '../testing/fileSyncs.ts';
import { SERVER_TESTS_ON_POSTGRES } from '../testing/testPostgres.ts';
import { loginCookie, startTestServer, waitFor } from '../testing/testServer.ts';
import { createTestWorld, TEST_PASSWORD } from '../testing/testWorld.ts';
import { useCleanups } from '../testing/useCleanups.ts';

const cleanups = useCleanups();

// Postgres syncs its own commits before it answers them: nothing waits here.
describe.skipIf(SERVER_TESTS_ON_POSTGRES)('API requests and the disk, on SQLite', () => {
  it('answers a request that writes only once its commit is on the disk, and a read at once', async () => {
    const server = await startTestServer();
    cleanups.push(() => server.close());
    const world = await createTestWorld(server.deps);
    const cookie = await loginCookie(server.url, world.users.secretary.email, TEST_PASSWORD);
    const syncs = await watchFileSyncs();
    cleanups.push(syncs.restore);
    syncs.hold();

    // A login stores a session with a single insert, outside any transaction.
    let answered = false;
    const login = fetch(`${server.url}/api/auth/login`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ email: world.users.member.email, password: TEST_PASSWORD }),
    }).then((response) => {
      answered = true;
      return response;
    });
    await waitFor(() => syncs.waiting > 0, 'the login to wait for the WAL sync');

    // Reads go on meanwhile, without a sync of their own.
    const waitingBefore = syncs.waiting;
    const me = await fetch(`${server.url}/api/me`, { headers: { cookie } });
    expect(me.status).toBe(200);
    expect(syncs.waiting).toBe(waitingBefore);
    expect(answered).toBe(false);

    syncs.release();
    expect((await login).status).toBe(200);
  });
});
