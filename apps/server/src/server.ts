import type { AddressInfo } from 'node:net';
import { serve } from '@hono/node-server';
import { WebSocketServer } from 'ws';
import { createApp } from './app.ts';
import type { AppDeps } from './appDeps.ts';
import { createLoginThrottle } from './auth/loginThrottle.ts';
import { createClusteredCollab } from './cluster/clusteredCollab.ts';
import { redisLimiters } from './cluster/clusterLimiters.ts';
import type { RedisLink } from './cluster/redisLink.ts';
import { createCollabService } from './collab/collabService.ts';
import { createGateClock } from './collab/gateClock.ts';
import type { ServerConfig } from './config.ts';
import { closeDatabase, openConfiguredDatabase } from './db/openDatabase.ts';
import { createMinutesIndex } from './search/minutesIndex.ts';
import { migrationsDir, webDistDir } from './paths.ts';

export interface RunningServer {
  url: string;
  port: number;
  deps: AppDeps;
  /** Commits pending writes, closes every connection with "going away", closes the database. */
  close(): Promise<void>;
}

/** `redis`: connected when ANTECKNA_REDIS_URL is set (cluster/redisLink.ts), else absent. */
export async function buildDeps(
  config: ServerConfig,
  options: { serveWeb?: boolean; redis?: RedisLink } = {},
): Promise<AppDeps> {
  const db = await openConfiguredDatabase(config, migrationsDir());
  const local = createCollabService(
    db,
    config.limits,
    undefined,
    config.benchMetrics ? createGateClock() : null,
  );
  const { redis } = options;
  const clustered =
    redis && config.redis
      ? createClusteredCollab(local, db, redis, config.redis.leaseMs, config.limits)
      : null;
  const collab = clustered?.collab ?? local;
  const search = createMinutesIndex({ db, collab });
  collab.onCommitted((meetingIds) => search.changed(meetingIds));
  await search.backfill();
  return {
    config,
    db,
    collab,
    search,
    loginThrottle: createLoginThrottle(
      redis ? redisLimiters(redis.commands, redis.keyPrefix) : undefined,
    ),
    ...(clustered ? { cluster: clustered.cluster } : {}),
    webDistDir: options.serveWeb === false ? undefined : webDistDir(),
    now: () => new Date(),
  };
}

/** Listens on config.host:config.port (0 = any free port) with the app and its WebSocket server. */
export function startServer(deps: AppDeps): Promise<RunningServer> {
  const app = createApp(deps);
  const wss = new WebSocketServer({
    noServer: true,
    maxPayload: deps.config.limits.maxMessageBytes,
  });
  return new Promise((resolve, reject) => {
    const server = serve(
      {
        fetch: app.fetch,
        port: deps.config.port,
        hostname: deps.config.host,
        websocket: { server: wss },
      },
      (info: AddressInfo) => {
        const url = `http://${deps.config.host}:${info.port}`;
        resolve({
          url,
          port: info.port,
          deps,
          async close() {
            await deps.collab.shutdown();
            await deps.search.close();
            // Reading a document of an older version for the index migrates it (doc-schema
            // SPEC D6): that write is committed too, before the database closes.
            await deps.collab.flush();
            for (const client of wss.clients) client.terminate();
            await new Promise<void>((done) => server.close(() => done()));
            await closeDatabase(deps.db);
          },
        });
      },
    );
    // A port already taken is a start-up failure (main.ts says so), not a crash.
    server.once('error', reject);
  });
}
