import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { ClientTarget } from '../client/clientTarget.ts';
import { coversStateVector } from '../edits/docDigest.ts';
import { benchRoot } from './benchPaths.ts';
import { preparePeerRooms } from './peerRooms.ts';
import type { ServerAdapter } from './serverAdapter.ts';
import { answersHttp, startServerProcess } from './serverProcess.ts';
import { readSqlite, stateVectorOf } from './storedState.ts';

const READY_TIMEOUT_MS = 20_000;
const serverScript = fileURLToPath(new URL('./hocuspocusServer.mjs', import.meta.url));

/** Hocuspocus 4 with its SQLite extension, reached by its own provider. */
export function hocuspocusAdapter(): ServerAdapter {
  return {
    name: 'hocuspocus',
    unavailableReason: () => null,
    start(dataDir, port) {
      return startServerProcess(
        {
          script: serverScript,
          cwd: benchRoot,
          env: { HOCUSPOCUS_DATABASE: databaseFile(dataDir) },
        },
        port,
        (p) => answersHttp(`http://127.0.0.1:${p}/`),
        READY_TIMEOUT_MS,
      );
    },
    prepareRooms(server, count) {
      return preparePeerRooms(count, (room) => targetOf(server.port, room));
    },
    async isDurable({ dataDir, room, stateVector }) {
      const stored = readSqlite(databaseFile(dataDir), (db) => {
        const row = db.prepare('SELECT data FROM documents WHERE name = ?').get(room) as
          { data: Uint8Array } | undefined;
        return row ? stateVectorOf([row.data]) : new Map<number, number>();
      });
      return stored !== null && coversStateVector(stored, stateVector);
    },
  };
}

function databaseFile(dataDir: string): string {
  return path.join(dataDir, 'hocuspocus.sqlite');
}

function targetOf(port: number, room: string): ClientTarget {
  return { protocol: 'hocuspocus', serverUrl: `ws://127.0.0.1:${port}`, room, headers: {} };
}
