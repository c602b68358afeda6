/** The only impure entry: reads the environment, seeds demo data if asked, listens, prints. */
import { connectRedis } from './cluster/redisLink.ts';
import { loadConfig, type ServerConfig } from './config.ts';
import { DEMO_LOGINS, DEMO_PASSWORD, seedDemoData } from './seed/demoData.ts';
import { buildDeps, startServer } from './server.ts';
import { asStartupFailure, StartupFailure } from './startup/startupFailure.ts';

/** A cause the operator can fix: one line on stderr and its own exit code (docs/operations.md). */
function exitOnStartupFailure(error: unknown, dataDir: string): never {
  const failure = asStartupFailure(error, dataDir);
  if (!failure) throw error;
  console.error(`anteckna: cannot start: ${failure.message}`);
  process.exit(failure.exitCode);
}

let config: ServerConfig;
try {
  config = loadConfig(process.env);
} catch (error) {
  exitOnStartupFailure(new StartupFailure('config_invalid', (error as Error).message), '');
}
const { deps, seeded, server } = await (async () => {
  try {
    const redis = config.redis ? await connectRedis(config.redis) : undefined;
    const deps = await buildDeps(config, { redis });
    const seeded = config.demo ? await seedDemoData(deps) : false;
    return { deps, seeded, server: await startServer(deps) };
  } catch (error) {
    exitOnStartupFailure(error, config.dataDir);
  }
})();

console.log(`\nAnteckna is running at ${server.url}\n`);
if (config.demo) {
  console.log(seeded ? 'Demo data created.' : 'Demo data already present.');
  console.log(`Demo logins (password "${DEMO_PASSWORD}"):`);
  for (const login of DEMO_LOGINS) console.log(`  ${login.email.padEnd(28)} ${login.role}`);
  console.log('');
}

if (config.benchMetrics) {
  // The benchmark reads the gate's running total at the start and end of its measured window.
  process.on('SIGUSR2', () => {
    console.log(`anteckna-bench-metrics ${JSON.stringify({ gate: deps.collab.gateTime() })}`);
  });
}

let stopping = false;
for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.on(signal, () => {
    if (stopping) return;
    stopping = true;
    void server.close().then(() => process.exit(0));
  });
}
