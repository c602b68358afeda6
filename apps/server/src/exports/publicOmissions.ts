import type { MinutesModel } from '@anteckna/doc-schema';

export interface PublicOmissions {
  /** Numbers of the items left out ("7"); a sub-item of a left-out item is covered by it. */
  items: string[];
  /** Labels of the attachments left out of items that are shown ("Bilaga 3"). */
  attachments: string[];
}

/**
 * What the public version of the minutes leaves out because it is marked internal, as the
 * exporters do: the public page can then say so before anyone opens a file.
 */
export function publicOmissions(model: MinutesModel): PublicOmissions {
  const internal = new Set(model.items.filter((item) => item.internal).map((item) => item.id));
  const items: string[] = [];
  const attachments: string[] = [];
  for (const item of model.items) {
    if (item.parentId && internal.has(item.parentId)) continue;
    if (item.internal) {
      items.push(item.number);
      continue;
    }
    for (const attachment of item.attachments)
      if (attachment.internal) attachments.push(attachment.label);
  }
  return { items, attachments };
}
