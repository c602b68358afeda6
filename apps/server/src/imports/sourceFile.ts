import path from 'node:path';
import { appError } from '../errors/appError.ts';
import { decodeText } from './decodeText.ts';
import { docxText } from './docxText.ts';
import { pdfText } from './pdfText.ts';

/** Legacy minutes are documents of some tens of pages; an archive's largest PDFs fit. */
export const MAX_IMPORT_BYTES = 10 * 1024 * 1024;

export type SourceFormat = 'txt' | 'docx' | 'pdf';

export interface SourceText {
  text: string;
  format: SourceFormat;
  mediaType: string;
  encoding: string | null;
}

const IMAGE_MAGIC: number[][] = [
  [0x89, 0x50, 0x4e, 0x47], // PNG
  [0xff, 0xd8, 0xff], // JPEG
  [0x47, 0x49, 0x46, 0x38], // GIF
  [0x49, 0x49, 0x2a, 0x00], // TIFF
  [0x4d, 0x4d, 0x00, 0x2a], // TIFF
  [0x42, 0x4d], // BMP
];
const starts = (bytes: Uint8Array, magic: readonly number[]) =>
  magic.every((b, i) => bytes[i] === b);

/**
 * The text of an uploaded legacy file, by what its bytes are (the name's extension only breaks a
 * tie): PDF by "%PDF", DOCX by its zip signature, images refused, anything else read as text.
 */
export async function extractSourceText(fileName: string, bytes: Uint8Array): Promise<SourceText> {
  if (bytes.byteLength === 0) throw appError('import_file_empty');
  if (bytes.byteLength > MAX_IMPORT_BYTES) throw appError('import_file_too_large');
  if (IMAGE_MAGIC.some((magic) => starts(bytes, magic))) throw appError('import_file_type');
  if (starts(bytes, [0x25, 0x50, 0x44, 0x46]))
    return {
      text: await pdfText(bytes),
      format: 'pdf',
      mediaType: 'application/pdf',
      encoding: null,
    };
  if (starts(bytes, [0x50, 0x4b, 0x03, 0x04])) {
    if (path.extname(fileName).toLowerCase() !== '.docx') throw appError('import_file_type');
    return {
      text: await docxText(bytes),
      format: 'docx',
      mediaType: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
      encoding: null,
    };
  }
  const { text, encoding } = decodeText(bytes);
  if (text.trim().length === 0) throw appError('import_file_empty');
  return { text, format: 'txt', mediaType: 'text/plain', encoding };
}
