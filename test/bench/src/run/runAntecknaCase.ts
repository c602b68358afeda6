import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import type { AntecknaCaseRequest } from '../cases/antecknaCaseRequest.ts';
import type { AntecknaCaseFigures } from '../scenarios/figures.ts';
import type { AntecknaCaseName } from '../scenarios/scenarioParams.ts';
import { BenchError, withDeadline } from './benchError.ts';
import type { BenchOptions } from './benchOptions.ts';
import { exitOf, killAllOwned, own } from './ownedProcesses.ts';

const caseScript = fileURLToPath(new URL('../cases/antecknaCaseMain.ts', import.meta.url));
const OUTPUT_TAIL_CHARS = 2_000;

/**
 * One of Anteckna's own measurements (the gate's cost, the PDF, the import, the archive), in a
 * child process of its own within its time bound; on failure everything the harness started is
 * stopped.
 */
export async function runAntecknaCase(
  name: AntecknaCaseName,
  options: BenchOptions,
): Promise<AntecknaCaseFigures> {
  const { gate, bigdoc, pdf } = options.params;
  const request: AntecknaCaseRequest = {
    name,
    params: { gate, bigdoc, pdf, import: options.params.import, archive: options.params.archive },
  };
  const child = own(
    spawn(
      process.execPath,
      ['--import', import.meta.resolve('tsx'), caseScript, JSON.stringify(request)],
      { stdio: ['ignore', 'pipe', 'pipe'] },
    ),
  );
  let stdout = '';
  let stderr = '';
  child.stdout?.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
  child.stderr?.on('data', (chunk: Buffer) => {
    stderr = (stderr + chunk.toString()).slice(-OUTPUT_TAIL_CHARS);
  });
  try {
    await withDeadline(exitOf(child), caseBoundMs(name, options), 'the run');
    if (child.exitCode !== 0)
      throw new BenchError(`its process exited (${child.exitCode}): ${stderr.trim()}`);
    return JSON.parse(stdout) as AntecknaCaseFigures;
  } catch (error) {
    const failure = BenchError.within(error, 'anteckna', name);
    failure.stoppedPids = await killAllOwned();
    throw failure;
  }
}

function caseBoundMs(name: AntecknaCaseName, options: BenchOptions): number {
  if (options.runTimeoutS !== null) return options.runTimeoutS * 1000;
  const { bigdoc, gate, pdf } = options.params;
  if (name === 'gate') return 60_000 + bigdoc.updates * 1 + gate.measured * 10;
  if (name === 'import')
    return 60_000 + (options.params.import.repeats + options.params.import.archive) * 2_000;
  if (name === 'archive') {
    const { bodies, years, meetingsPerYear, requests } = options.params.archive;
    // Building: about 0.1 s a meeting on a busy machine; measuring: five endpoints a round.
    return 120_000 + bodies * years * meetingsPerYear * 500 + requests * 5 * 200;
  }
  return 60_000 + pdf.renders * (5_000 + pdf.words * 0.2);
}
