import type { ExportAudience, ExportFormat, ExportWarning } from '@anteckna/export';
import type { AppDeps } from '../appDeps.ts';
import { findSeal, findSealedFile, storeSealedFile } from '../seal/sealStore.ts';
import { minutesForExport } from './minutesForExport.ts';

export interface RenderedExport {
  bytes: Uint8Array;
  mediaType: string;
  fileName: string;
  warnings: ExportWarning[];
}

export type ExportKind = 'minutes' | 'pack';

/**
 * The renderers with their fonts, pdfkit and docx, loaded on the first export (a chunk of its
 * own in the build): the server starts and serves collaboration without them, and a server
 * nobody exports from never holds them in memory.
 */
export function loadRenderers() {
  return import('@anteckna/export');
}

/**
 * Renders a meeting in a format. The PDF of locked minutes is rendered once, stored beside the
 * seal and served byte for byte from then on (one per audience).
 */
export async function renderExport(
  deps: AppDeps,
  meetingId: string,
  format: ExportFormat,
  options: { audience: ExportAudience; kind: ExportKind },
): Promise<RenderedExport> {
  const renderers = await loadRenderers();
  const source = await minutesForExport(deps, meetingId);
  const { model, missingAttachmentIds } = source;
  const common = {
    audience: options.audience,
    missingAttachmentIds,
    versionTime: source.versionTime,
  };
  const name = renderers.exportFileName(
    model.meeting,
    format,
    options.kind === 'pack' ? 'handlingar' : 'minnesanteckningar',
  );
  const out = (bytes: Uint8Array, warnings: ExportWarning[]) => ({
    bytes,
    warnings,
    mediaType: renderers.EXPORT_MEDIA_TYPES[format],
    fileName: name,
  });
  const text = (rendered: { text: string; warnings: ExportWarning[] }) =>
    out(new TextEncoder().encode(rendered.text), rendered.warnings);

  if (format === 'pdf' && options.kind === 'minutes' && (await findSeal(deps.db, meetingId))) {
    const sealedFormat = options.audience === 'public' ? 'pdf-public' : 'pdf';
    const stored = await findSealedFile(deps.db, meetingId, sealedFormat);
    if (stored) return out(new Uint8Array(stored.bytes), []);
    const rendered = await renderers.renderMinutesPdf(model, {
      ...common,
      creationDate: source.lockedAt ?? undefined,
    });
    await storeSealedFile(deps.db, meetingId, sealedFormat, rendered.bytes);
    return out((await findSealedFile(deps.db, meetingId, sealedFormat))!.bytes, rendered.warnings);
  }
  switch (format) {
    case 'pdf': {
      const rendered =
        options.kind === 'pack'
          ? await renderers.renderMeetingPackPdf(model, common)
          : await renderers.renderMinutesPdf(model, common);
      return out(rendered.bytes, rendered.warnings);
    }
    case 'docx': {
      const rendered = await renderers.renderMinutesDocx(model, common);
      return out(rendered.bytes, rendered.warnings);
    }
    case 'html':
      return text(
        options.kind === 'pack'
          ? renderers.renderMeetingPackHtml(model, common)
          : renderers.renderMinutesHtml(model, common),
      );
    case 'md':
      return text(renderers.renderMinutesMarkdown(model, common));
    case 'ics':
      return text(renderers.renderMeetingIcs({ ...model.meeting, id: meetingId }));
  }
}
