import type { TFunction } from 'i18next';
import type { MinutesModel } from '@anteckna/doc-schema';
import { parseDocRoot } from '@anteckna/domain';

/** "Bakgrund, punkt 4 a": the field as the person knows it, for the refusal dialog. */
export function fieldDisplayName(rootName: string, model: MinutesModel, t: TFunction): string {
  const root = parseDocRoot(rootName);
  if (root.kind === 'item') {
    const item = model.items.find((candidate) => candidate.id === root.itemId);
    const field = t(`field.${root.field}`);
    return item
      ? t('field.accessibleName', { field, number: item.number })
      : t('field.removedItem', { field });
  }
  if (root.kind === 'unknown') return root.name;
  return t(`field.${root.kind}`);
}
