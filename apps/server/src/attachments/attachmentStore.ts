import { createHash, randomUUID } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import type { StoredAttachment } from '@anteckna/doc-schema';
import type { Db } from '../db/openDatabase.ts';
import { attachments } from '../db/schema.ts';

/** Files we accept: documents and images people attach to minutes. Checked by content too. */
export const ALLOWED_MEDIA_TYPES: Record<string, { extensions: string[]; magic?: number[] }> = {
  'application/pdf': { extensions: ['pdf'], magic: [0x25, 0x50, 0x44, 0x46] },
  'application/vnd.openxmlformats-officedocument.wordprocessingml.document': {
    extensions: ['docx'],
    magic: [0x50, 0x4b],
  },
  'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet': {
    extensions: ['xlsx'],
    magic: [0x50, 0x4b],
  },
  'application/vnd.openxmlformats-officedocument.presentationml.presentation': {
    extensions: ['pptx'],
    magic: [0x50, 0x4b],
  },
  'image/png': { extensions: ['png'], magic: [0x89, 0x50, 0x4e, 0x47] },
  'image/jpeg': { extensions: ['jpg', 'jpeg'], magic: [0xff, 0xd8, 0xff] },
  'text/plain': { extensions: ['txt'] },
};

export const MAX_ATTACHMENT_BYTES = 25 * 1024 * 1024;

export function attachmentPath(dataDir: string, sha256: string): string {
  return path.join(dataDir, 'attachments', sha256);
}

/** The type a file really is, from its name and first bytes, or null if we do not take it. */
export function detectMediaType(fileName: string, bytes: Uint8Array): string | null {
  const extension = path.extname(fileName).slice(1).toLowerCase();
  for (const [mediaType, rule] of Object.entries(ALLOWED_MEDIA_TYPES)) {
    if (!rule.extensions.includes(extension)) continue;
    if (rule.magic && !rule.magic.every((byte, i) => bytes[i] === byte)) return null;
    return mediaType;
  }
  return null;
}

/**
 * Stores the bytes under the data dir named by their SHA-256 (never by the user's file name, so
 * no name can escape the folder or collide), written to a temporary name and renamed, so that a
 * crash never leaves half a file under a real name. Returns the SHA-256.
 */
export function storeFileBytes(dataDir: string, bytes: Uint8Array): string {
  const sha256 = createHash('sha256').update(bytes).digest('hex');
  const target = attachmentPath(dataDir, sha256);
  if (!fs.existsSync(target)) {
    fs.mkdirSync(path.dirname(target), { recursive: true });
    const temporary = `${target}.${randomUUID()}.tmp`;
    fs.writeFileSync(temporary, bytes, { flush: true });
    fs.renameSync(temporary, target);
  }
  return sha256;
}

/** An uploaded attachment: the file by its SHA-256 and a row tying it to the item. */
export async function storeAttachment(
  db: Db,
  dataDir: string,
  input: {
    meetingId: string;
    itemId: string;
    fileName: string;
    mediaType: string;
    bytes: Uint8Array;
    uploadedBy: string;
  },
): Promise<StoredAttachment> {
  const sha256 = storeFileBytes(dataDir, input.bytes);
  const id = randomUUID();
  const fileName = path.basename(input.fileName).slice(0, 200);
  await db.insert(attachments).values({
    id,
    meetingId: input.meetingId,
    itemId: input.itemId,
    sha256,
    fileName,
    mediaType: input.mediaType,
    size: input.bytes.byteLength,
    uploadedBy: input.uploadedBy,
  });
  return {
    id,
    fileName,
    sha256,
    size: input.bytes.byteLength,
    mediaType: input.mediaType,
    internal: false,
  };
}
