import type { LoginThrottle } from './auth/loginThrottle.ts';
import type { Cluster } from './cluster/clusteredCollab.ts';
import type { CollabService } from './collab/collabService.ts';
import type { ServerConfig } from './config.ts';
import type { Db } from './db/openDatabase.ts';
import type { MinutesIndex } from './search/minutesIndex.ts';

/** Everything `createApp` needs, built by `main.ts` (or by a test) and passed in. */
export interface AppDeps {
  config: ServerConfig;
  db: Db;
  collab: CollabService;
  /** Search and the registers, kept up to date with the minutes. */
  search: MinutesIndex;
  loginThrottle: LoginThrottle;
  /** Present with ANTECKNA_REDIS_URL: several processes serving the same meetings. */
  cluster?: Cluster;
  /** Where the built web app is; absent in API-only tests. */
  webDistDir?: string;
  now: () => Date;
}
