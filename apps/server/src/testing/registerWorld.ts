import { circulatedMeeting, writeItem, type ItemContent } from './minutesContent.ts';
import { useWorldServer } from './worldServer.ts';

/**
 * Where the tests of the body's registers (decisions, tasks, roles) start: the world server with
 * the secretary signed in, the test body's minutes written and circulated in a line each, and
 * the server's clock set to the day a test needs. Call once per test file, like
 * `useWorldServer`.
 */
export function useRegisterWorld() {
  const worldServer = useWorldServer();
  return async function setup() {
    const started = await worldServer();
    const { server, world } = started;
    const secretary = await started.as('secretary');
    return {
      ...started,
      secretary,
      /** A new meeting of the test body on `date`, moved to circulated by its secretary. */
      circulatedMeeting: (date: string) =>
        circulatedMeeting(server.deps, secretary, world.bodyId, date),
      /** An item written into a meeting's minutes through the document writers; its id. */
      writeItem: (meetingId: string, content: ItemContent) =>
        writeItem(server.deps, meetingId, content),
      /**
       * "Today" for the server's clock, which a register's statuses depend on. Tests set it to
       * a day before the real one, so the sessions made at the real time stay valid.
       */
      today: (date: string) => {
        server.deps.now = () => new Date(`${date}T10:00:00Z`);
      },
    };
  };
}
