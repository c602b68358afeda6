import type { AgendaItem, MinutesModel } from '@anteckna/doc-schema';
import type { ExportAudience, ExportOptions } from '../exportTypes.ts';
import { createWarningLog, type WarningLog } from '../exportWarnings.ts';
import { cleanModelText } from './cleanModelText.ts';

/** What every part of a layout needs to know besides its own piece of the model. */
export interface LayoutContext {
  model: MinutesModel;
  audience: ExportAudience;
  missingAttachmentIds: ReadonlySet<string>;
  warnings: WarningLog;
  /** Item id → whether some other item names it as parent. */
  hasChildren(item: AgendaItem): boolean;
  /** Left out of this rendering: internal, or under an internal parent, in the public version. */
  isOmitted(item: AgendaItem): boolean;
}

export function createLayoutContext(
  input: MinutesModel,
  options: ExportOptions = {},
): LayoutContext {
  const { model, removedCharacters } = cleanModelText(input);
  const warnings = createWarningLog();
  if (removedCharacters > 0) {
    warnings.add('control_characters_removed', 'Osynliga styrtecken togs bort ur texten.', [
      `${removedCharacters} tecken`,
    ]);
  }
  const audience = options.audience ?? 'internal';
  const parents = new Set(model.items.map((item) => item.parentId).filter(Boolean));
  const byId = new Map(model.items.map((item) => [item.id, item]));
  return {
    model,
    audience,
    missingAttachmentIds: new Set(options.missingAttachmentIds ?? []),
    warnings,
    hasChildren: (item) => parents.has(item.id),
    isOmitted: (item) => {
      if (audience !== 'public') return false;
      const parent = item.parentId ? byId.get(item.parentId) : undefined;
      return item.internal || Boolean(parent?.internal);
    },
  };
}
