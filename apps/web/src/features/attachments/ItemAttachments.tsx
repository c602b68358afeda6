import type { AgendaItem } from '@anteckna/doc-schema';
import { itemRootName } from '@anteckna/domain';
import { useMeetingView } from '../meetings/meetingView.ts';
import { AttachmentChips } from './AttachmentChips.tsx';
import { AttachmentUpload } from './AttachmentUpload.tsx';
import './attachments.css';

/**
 * An item's attachments, and the upload for whoever may write the item's text: the server
 * asks the same write policy of an upload as of the item's body.
 */
export function ItemAttachments({ item }: { item: AgendaItem }) {
  const view = useMeetingView();
  const mayAttach = view.accessOf(itemRootName(item.id, 'body')).editable;
  if (!mayAttach && item.attachments.length === 0) return null;
  return (
    <div className="item-attachments-block">
      <AttachmentChips item={item} meetingId={view.meetingId} />
      {mayAttach && <AttachmentUpload item={item} />}
    </div>
  );
}
