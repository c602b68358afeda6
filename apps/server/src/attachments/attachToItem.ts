import { itemRootName, mayWrite } from '@anteckna/domain';
import { readAgendaRecords, updateAgendaItem, type StoredAttachment } from '@anteckna/doc-schema';
import type { AppDeps } from '../appDeps.ts';
import { SERVER_ORIGIN } from '../collab/room.ts';
import { meetingWriteContext } from '../collab/meetingWriteContext.ts';
import { appError } from '../errors/appError.ts';
import type { MeetingAccess } from '../meetings/meetingAccess.ts';
import { detectMediaType, MAX_ATTACHMENT_BYTES, storeAttachment } from './attachmentStore.ts';

/**
 * An upload to an item: allowed to whoever may write the item's text (the secretary, or its
 * presenter in preparation), by the same write policy as the gate. The file is stored first and
 * then referenced from the agenda, so a reference never points at a file that is not there.
 */
export async function attachToItem(
  deps: AppDeps,
  access: MeetingAccess,
  userId: string,
  input: {
    itemId: string;
    fileName: string;
    bytes: Uint8Array;
    internal: boolean;
    joinsPrevious?: boolean;
  },
): Promise<StoredAttachment> {
  if (input.bytes.byteLength > MAX_ATTACHMENT_BYTES) throw appError('attachment_too_large');
  const mediaType = detectMediaType(input.fileName, input.bytes);
  if (!mediaType) throw appError('attachment_type_not_allowed');
  return deps.collab.readDoc(access.meeting.id, async (room) => {
    const record = readAgendaRecords(room.doc).find((r) => r.id === input.itemId);
    if (!record) throw appError('item_not_found');
    const verdict = mayWrite(
      { userId, bodyRole: access.bodyRole },
      itemRootName(record.id, 'body'),
      meetingWriteContext(room),
    );
    if (!verdict.allowed)
      throw appError('field_not_writable', { details: { reason: verdict.reason } });
    const stored = await storeAttachment(deps.db, deps.config.dataDir, {
      meetingId: access.meeting.id,
      itemId: record.id,
      fileName: input.fileName,
      mediaType,
      bytes: input.bytes,
      uploadedBy: userId,
    });
    const attachment: StoredAttachment = {
      ...stored,
      internal: input.internal,
      ...(input.joinsPrevious === true ? { joinsPrevious: true } : {}),
    };
    // Read again: another upload to the item may have landed while this one was stored.
    const current = readAgendaRecords(room.doc).find((r) => r.id === record.id) ?? record;
    room.doc.transact(
      () =>
        updateAgendaItem(room.doc, record.id, {
          attachments: [...current.attachments, attachment],
        }),
      SERVER_ORIGIN,
    );
    return attachment;
  });
}
