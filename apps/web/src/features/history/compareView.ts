import { itemNumberLabel } from '../agenda/itemTitle.ts';
import type { DiffPart, ItemDiff, ItemDiffStatus } from '@anteckna/contract';

/** A row of the comparison: a changed item shown open, or a run of unchanged items folded. */
export type CompareRow =
  { kind: 'item'; item: ItemDiff } | { kind: 'unchanged'; items: ItemDiff[] };

/**
 * Folds each run of unchanged items into one row, so that the page shows what changed and
 * the reader can still open the rest in place (the order of the minutes is kept).
 */
export function compareRows(items: readonly ItemDiff[]): CompareRow[] {
  const rows: CompareRow[] = [];
  for (const item of items) {
    const last = rows[rows.length - 1];
    if (item.status !== 'unchanged') rows.push({ kind: 'item', item });
    else if (last?.kind === 'unchanged') last.items.push(item);
    else rows.push({ kind: 'unchanged', items: [item] });
  }
  return rows;
}

export type CompareCounts = Record<ItemDiffStatus, number>;

export function compareCounts(items: readonly ItemDiff[]): CompareCounts {
  const counts: CompareCounts = { added: 0, removed: 0, changed: 0, unchanged: 0 };
  for (const item of items) counts[item.status] += 1;
  return counts;
}

/** "2–4" for a folded run, "5" for one item: how the folded row names what it holds. */
export function numberRange(items: readonly Pick<ItemDiff, 'number'>[]): string {
  const first = items[0]?.number ?? '';
  const last = items[items.length - 1]?.number ?? '';
  return first === last ? first : `${first}–${last}`;
}

/**
 * Parts ready to show: empty parts dropped and neighbours of the same kind joined, so that
 * a screen reader hears one "infogat … slut" per change rather than one per word.
 */
export function displayParts(parts: readonly DiffPart[]): DiffPart[] {
  const shown: DiffPart[] = [];
  for (const part of parts) {
    if (part.text === '') continue;
    const last = shown[shown.length - 1];
    if (last && last.kind === part.kind) last.text += part.text;
    else shown.push({ ...part });
  }
  return shown;
}

/** True when a field has something inserted or deleted: an added item's empty fields have not. */
export function fieldChanged(parts: readonly DiffPart[]): boolean {
  return parts.some((part) => part.kind !== 'equal' && part.text !== '');
}

/**
 * "3." or "4 a)", as the minutes print the number. The comparison carries only the number, and a
 * sub-item's number is the only one with a letter after a space.
 */
export function diffNumberLabel(number: string): string {
  return itemNumberLabel({ number, depth: number.includes(' ') ? 1 : 0 });
}
