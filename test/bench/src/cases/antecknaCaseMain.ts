/**
 * One of Anteckna's own measurements, in a process of its own so that nothing else the harness
 * holds in memory or does meanwhile weighs on it: argv[2] is the request, stdout the figures.
 */
import type { AntecknaCaseRequest } from './antecknaCaseRequest.ts';
import { measureArchive } from './archiveSearch.ts';
import { measureGate } from './gateCost.ts';
import { measureImport } from './importArchive.ts';
import { measurePdf } from './pdfRender.ts';
import { killAllOwnedNow } from '../run/ownedProcesses.ts';

// The servers and import runs a case starts end with it, however it ends (short of SIGKILL).
process.once('exit', killAllOwnedNow);
process.once('SIGTERM', () => process.exit(143));

const request = JSON.parse(process.argv[2] ?? '{}') as AntecknaCaseRequest;
async function measure(request: AntecknaCaseRequest) {
  switch (request.name) {
    case 'gate':
      return measureGate(request.params.gate, request.params.bigdoc);
    case 'import':
      return measureImport(request.params.import);
    case 'archive':
      return measureArchive(request.params.archive);
    case 'pdf':
      return measurePdf(request.params.pdf);
  }
}

const figures = await measure(request);
process.stdout.write(`${JSON.stringify(figures)}\n`);
