import type { MinutesModel } from '@anteckna/doc-schema';
import { Document, Packer } from 'docx';
import type { ExportOptions, RenderedFile } from '../exportTypes.ts';
import type { ExportLayout } from '../layout/layoutTypes.ts';
import { buildMeetingPackLayout } from '../layout/meetingPackLayout.ts';
import { buildMinutesLayout } from '../layout/minutesLayout.ts';
import { docxBlocks } from './docxBlocks.ts';
import { docxPageHeader } from './docxHeader.ts';
import { DOCX_NUMBERING, DOCX_STYLES } from './docxStyles.ts';

const A4 = { width: 11906, height: 16838 };
const CM = 567;

async function writeLayoutDocx(layout: ExportLayout): Promise<RenderedFile> {
  const document = new Document({
    title: layout.title,
    creator: layout.author,
    subject: layout.header.registryLine ?? layout.header.documentKind,
    styles: DOCX_STYLES,
    numbering: DOCX_NUMBERING,
    sections: [
      {
        properties: {
          page: {
            size: A4,
            margin: {
              top: 4 * CM,
              bottom: 2.2 * CM,
              left: 2.5 * CM,
              right: 2.5 * CM,
              header: 1.2 * CM,
            },
          },
        },
        headers: { default: docxPageHeader(layout.header) },
        children: docxBlocks({ nextListInstance: 1 }, layout.blocks),
      },
    ],
  });
  const buffer = await Packer.toBuffer(document);
  return {
    bytes: new Uint8Array(buffer.buffer, buffer.byteOffset, buffer.byteLength),
    warnings: layout.warnings,
  };
}

/** The minutes as a Word document the secretary can still edit: real headings, table, header. */
export function renderMinutesDocx(
  model: MinutesModel,
  options: ExportOptions = {},
): Promise<RenderedFile> {
  return writeLayoutDocx(buildMinutesLayout(model, options));
}

export function renderMeetingPackDocx(
  model: MinutesModel,
  options: ExportOptions = {},
): Promise<RenderedFile> {
  return writeLayoutDocx(buildMeetingPackLayout(model, options));
}
