/**
 * One of Anteckna's own measurements, in a process of its own so that nothing else the harness
 * holds in memory or does meanwhile weighs on it: argv[2] is the request, stdout the figures.
 */
import type { AntecknaCaseRequest } from './antecknaCaseRequest.ts';
import { measureGate } from './gateCost.ts';
import { measureImport } from './importArchive.ts';
import { measurePdf } from './pdfRender.ts';

const request = JSON.parse(process.argv[2] ?? '{}') as AntecknaCaseRequest;
const figures =
  request.name === 'gate'
    ? measureGate(request.params.gate, request.params.bigdoc)
    : request.name === 'import'
      ? await measureImport(request.params.import)
      : await measurePdf(request.params.pdf);
process.stdout.write(`${JSON.stringify(figures)}\n`);
