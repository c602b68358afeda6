import { buildLargeMinutesModel, renderMinutesPdf } from '@anteckna/export';
import type { PdfFigures } from '../scenarios/figures.ts';
import type { PdfParams } from '../scenarios/scenarioParams.ts';

/** A fixed date, so that every render writes the same file. */
const CREATION_DATE = new Date('2026-11-23T09:00:00Z');

/** Renders large minutes to the archival PDF `renders` times; the figure is the median. */
export async function measurePdf(params: PdfParams): Promise<PdfFigures> {
  const model = buildLargeMinutesModel({ items: params.items, words: params.words });
  const times: number[] = [];
  let bytes: Uint8Array = new Uint8Array();
  for (let i = 0; i < params.renders; i++) {
    const started = performance.now();
    const file = await renderMinutesPdf(model, { creationDate: CREATION_DATE });
    times.push(performance.now() - started);
    bytes = file.bytes;
  }
  times.sort((a, b) => a - b);
  const mid = Math.floor(times.length / 2);
  return {
    kind: 'pdf',
    items: params.items,
    words: params.words,
    renders: params.renders,
    medianMs: times.length % 2 ? times[mid]! : (times[mid - 1]! + times[mid]!) / 2,
    minMs: times[0]!,
    maxMs: times.at(-1)!,
    pages: pageCount(bytes),
    bytes: bytes.length,
  };
}

/** Page objects of the PDF (pdfkit writes object dictionaries uncompressed). */
export function pageCount(pdf: Uint8Array): number {
  return (
    Buffer.from(pdf)
      .toString('latin1')
      .match(/\/Type \/Page\b/g)?.length ?? 0
  );
}
