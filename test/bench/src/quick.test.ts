import { spawn } from 'node:child_process';
import net from 'node:net';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import type { BenchReport } from './report/jsonReport.ts';
import { isAntecknaCase, SCENARIO_NAMES } from './scenarios/scenarioParams.ts';
import { serverAdapter } from './servers/serverAdapters.ts';
import { SERVER_NAMES } from './servers/serverAdapter.ts';

const benchRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

/** Runs `npm run bench` as a person would, in its own process; bounded by the test's timeout. */
function runBench(
  args: string[],
): Promise<{ code: number | null; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, ['--import', 'tsx', 'src/main.ts', ...args], {
      cwd: benchRoot,
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    child.once('exit', (code) => resolve({ code, stdout, stderr }));
  });
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

/** Anteckna takes part when its production build is there (turbo builds it before the tests). */
const servers = SERVER_NAMES.filter((name) => serverAdapter(name).unavailableReason() === null);

describe('npm run bench', () => {
  it(`--quick --json runs every scenario on ${servers.join(', ')}, produces every figure and loses no edit`, async () => {
    const { code, stdout, stderr } = await runBench([
      '--quick',
      '--json',
      `--servers=${servers.join(',')}`,
    ]);
    expect(code, stderr).toBe(0);
    const report = JSON.parse(stdout) as BenchReport;
    const serverScenarios = SCENARIO_NAMES.filter((name) => !isAntecknaCase(name));
    const antecknaCases = servers.includes('anteckna')
      ? SCENARIO_NAMES.length - serverScenarios.length
      : 0;
    expect(report.runs).toHaveLength(serverScenarios.length * servers.length + antecknaCases);
    for (const run of report.runs) {
      const where = `${run.scenario} on ${run.server}`;
      const f = run.figures;
      switch (f.kind) {
        case 'live':
          expect(f.latency.samples, where).toBeGreaterThan(0);
          expect(f.latency.p50Ms, where).toBeGreaterThan(0);
          expect(f.latency.p99Ms, where).toBeGreaterThan(0);
          expect(f.probeLatency.samples, where).toBeGreaterThan(0);
          expect(f.achievedRate, where).toBeGreaterThan(0);
          expect(f.editsSent, where).toBeGreaterThan(0);
          expect(f.server.peakRssMb, where).toBeGreaterThan(0);
          expect(f.generators.length, where).toBeGreaterThan(1);
          expect(f.converged && f.lateJoinerMatches, where).toBe(true);
          expect(f.storedMatches, where).toBe(true);
          expect(f.closeCodes, where).toEqual([]);
          expect(f.lostEdits, where).toBe(0);
          // Only Anteckna has a write gate, and it reports the gate's time.
          if (run.server === 'anteckna') expect(f.gateShare, where).toBeGreaterThan(0);
          else expect(f.gateShare, where).toBeNull();
          break;
        case 'bigdoc':
          expect(f.stateBytes, where).toBeGreaterThan(0);
          expect(f.absorbMs, where).toBeGreaterThan(0);
          expect(f.fullSyncMs, where).toBeGreaterThan(0);
          expect(f.restartMs, where).toBeGreaterThan(f.restartLoadMs);
          expect(f.restartMatches, where).toBe(true);
          expect(f.lostEdits, where).toBe(0);
          break;
        case 'gate':
          expect(f.docs.map((d) => d.label)).toEqual(['big', 'small']);
          for (const doc of f.docs) {
            expect(doc.count, where).toBe(report.options.params.gate.measured);
            expect(doc.p99Micros, where).toBeGreaterThanOrEqual(doc.p50Micros);
            expect(doc.p50Micros, where).toBeGreaterThan(0);
          }
          expect(f.docs[0]!.stateBytes).toBeGreaterThan(f.docs[1]!.stateBytes);
          break;
        case 'pdf':
          expect(f.pages, where).toBeGreaterThan(0);
          expect(f.bytes, where).toBeGreaterThan(0);
          expect(f.medianMs, where).toBeGreaterThan(0);
          break;
        case 'import':
          expect(f.documentMedianMs, where).toBeGreaterThan(0);
          expect(f.archiveDocuments, where).toBe(report.options.params.import.archive);
          expect(f.archiveFailed, where).toBe(0);
          break;
        case 'archive': {
          const { bodies, years, meetingsPerYear } = report.options.params.archive;
          expect(f.meetings, where).toBe(bodies * years * meetingsPerYear);
          expect(f.failedImports, where).toBe(0);
          expect(f.registerClauses, where).toBeGreaterThan(0);
          for (const endpoint of [
            f.search,
            f.searchOneBody,
            f.decisions,
            f.decisionsFiltered,
            f.publicSearch,
          ]) {
            expect(endpoint.requests, where).toBe(report.options.params.archive.requests);
            expect(endpoint.p95Ms, where).toBeGreaterThanOrEqual(endpoint.p50Ms);
            expect(endpoint.answeredWithResults, where).toBeGreaterThan(0);
          }
          expect(f.ftsIndexMb, where).toBeGreaterThan(0);
          expect(f.databaseMb, where).toBeGreaterThan(f.ftsIndexMb);
          break;
        }
      }
    }
    expect(report.goals.find((g) => g.goal.startsWith('lost edits'))?.value).toBe(0);
    // Bounded for a shared, busy machine: the archive case alone builds 22 meetings through the
    // import CLI and makes 300 requests.
  }, 420_000);

  it('fails a run whose port is in use, naming server and scenario, and exits non-zero', async () => {
    const blocker = net.createServer();
    await new Promise<void>((resolve) => blocker.listen(0, '127.0.0.1', resolve));
    const port = (blocker.address() as net.AddressInfo).port;
    try {
      const { code, stderr } = await runBench([
        'meeting',
        '--quick',
        '--servers=y-websocket',
        `--port=${port}`,
      ]);
      expect(code).toBe(1);
      expect(stderr).toContain(`server y-websocket, scenario meeting: port ${port} is in use`);
    } finally {
      await new Promise((resolve) => blocker.close(resolve));
    }
  });

  it('stops everything it started when a run exceeds its time bound, and exits non-zero', async () => {
    const { code, stderr } = await runBench([
      'meeting',
      '--quick',
      '--servers=hocuspocus',
      '--run-timeout=1',
    ]);
    expect(code).toBe(1);
    expect(stderr).toContain(
      'server hocuspocus, scenario meeting: the run took longer than its bound',
    );
    const stopped =
      /stopped the processes it had started: ([\d ]+)/.exec(stderr)?.[1]?.split(' ').map(Number) ??
      [];
    expect(stopped.length).toBeGreaterThan(0);
    expect(stopped.filter(isAlive)).toEqual([]);
  });
});
