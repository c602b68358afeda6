/**
 * `npm run bench`: Anteckna against the reference y-websocket server and Hocuspocus, on this
 * machine, with real Yjs clients. Progress goes to stderr; the tables (or JSON) to stdout.
 */
import os from 'node:os';
import { parseBenchArgs, USAGE, UsageError } from './cli/parseBenchArgs.ts';
import { renderReport } from './report/renderReport.ts';
import { jsonReport } from './report/jsonReport.ts';
import { BenchError } from './run/benchError.ts';
import { killAllOwnedNow } from './run/ownedProcesses.ts';
import { runBench } from './run/runBench.ts';

async function main(argv: string[]): Promise<number> {
  let parsed;
  try {
    parsed = parseBenchArgs(argv);
  } catch (error) {
    if (!(error instanceof UsageError)) throw error;
    process.stderr.write(`bench: ${error.message}\n\n${USAGE}\n`);
    return 2;
  }
  if (parsed === 'help') {
    process.stdout.write(`${USAGE}\n`);
    return 0;
  }
  const options = parsed;
  const log = (line: string) => process.stderr.write(`${line}\n`);
  const started = { at: new Date(), loadAverage: os.loadavg()[0]! };
  try {
    const records = await runBench(options, log);
    const report = jsonReport(options, records, started);
    process.stdout.write(
      options.json ? `${JSON.stringify(report, null, 2)}\n` : renderReport(report),
    );
    return 0;
  } catch (error) {
    if (error instanceof BenchError) {
      log(
        `bench failed: server ${error.server ?? '?'}, scenario ${error.scenario ?? '?'}: ${error.message}`,
      );
      const pids = error.stoppedPids;
      log(
        pids.length
          ? `stopped the processes it had started: ${pids.join(' ')}`
          : 'no process of it was left running',
      );
      return 1;
    }
    throw error;
  }
}

// Every y-websocket provider adds an exit listener to the process; the harness runs many.
process.setMaxListeners(0);
for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.once(signal, () => {
    killAllOwnedNow();
    process.exit(130);
  });
}
process.once('exit', killAllOwnedNow);

main(process.argv.slice(2)).then(
  (code) => process.exit(code),
  (error: unknown) => {
    process.stderr.write(
      `bench crashed: ${error instanceof Error ? error.stack : String(error)}\n`,
    );
    killAllOwnedNow();
    process.exit(1);
  },
);
