import { seedDemoData, DEMO_PASSWORD } from '../seed/demoData.ts';
import { apiClient } from './api.ts';
import { loginCookie, startTestServer } from './testServer.ts';
import { useCleanups } from './useCleanups.ts';

export interface DemoMeeting {
  id: string;
  phase: string;
  bodyId: string;
}

/**
 * For a test file: `demoServer()` starts a real server with the demo data, signed in as the demo
 * secretary, and closes it after the test.
 */
export function useDemoServer() {
  const cleanups = useCleanups();
  return async function demoServer() {
    const server = await startTestServer({});
    cleanups.push(() => server.close());
    await seedDemoData(server.deps);
    const cookie = await loginCookie(server.url, 'sekreterare@exempel.se', DEMO_PASSWORD);
    const api = apiClient(server.url, cookie);
    const meetings = (await api.get('/api/meetings')).json.meetings as DemoMeeting[];
    const meetingIn = (phase: string) => meetings.find((m) => m.phase === phase)!;
    return { server, cookie, api, meetings, meetingIn };
  };
}
