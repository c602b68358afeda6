import { createRequire } from 'node:module';
import path from 'node:path';
import type { ClientTarget } from '../client/clientTarget.ts';
import { cpuIdleDetector } from './cpuIdle.ts';
import { preparePeerRooms } from './peerRooms.ts';
import type { ServerAdapter } from './serverAdapter.ts';
import { answersHttp, startServerProcess } from './serverProcess.ts';

const require = createRequire(import.meta.url);
const READY_TIMEOUT_MS = 20_000;

/**
 * The reference: the stock y-websocket server of the yjs 13 line, run as its own bin, storing
 * every update in LevelDB through y-leveldb (its YPERSISTENCE switch).
 */
export function yWebsocketAdapter(): ServerAdapter {
  const idleByPid = new Map<number, ReturnType<typeof cpuIdleDetector>>();
  return {
    name: 'y-websocket',
    unavailableReason: () => null,
    start(dataDir, port) {
      const packageDir = path.dirname(require.resolve('@y/websocket-server/package.json'));
      return startServerProcess(
        {
          script: path.join(packageDir, 'src', 'server.js'),
          cwd: dataDir,
          env: { YPERSISTENCE: path.join(dataDir, 'leveldb') },
        },
        port,
        (p) => answersHttp(`http://127.0.0.1:${p}/`),
        READY_TIMEOUT_MS,
      );
    },
    prepareRooms(server, count) {
      return preparePeerRooms(count, (room) => targetOf(server.port, room));
    },
    async isDurable({ server }) {
      // LevelDB is locked by the server; y-leveldb writes each update as it comes, with no
      // timer, so its queue is empty once the process has nothing left to do.
      let detector = idleByPid.get(server.pid);
      if (!detector) idleByPid.set(server.pid, (detector = cpuIdleDetector(server.pid)));
      return detector.check();
    },
  };
}

function targetOf(port: number, room: string): ClientTarget {
  return { protocol: 'y-websocket', serverUrl: `ws://127.0.0.1:${port}`, room, headers: {} };
}
