import { diffWords } from 'diff';
import type { Comparison, FieldDiff, ItemDiff } from '@anteckna/contract';
import { plainText, type AgendaItem, type Block, type MinutesModel } from '@anteckna/doc-schema';
import { compareAttendance } from './compareAttendance.ts';
import { compareHeader } from './compareHeader.ts';

/** Everything the minutes say, compared: the header, the attendance and the agenda item by item. */
export function compareMinutes(from: MinutesModel, to: MinutesModel): Comparison {
  return {
    header: compareHeader(from, to),
    attendance: compareAttendance(from, to),
    items: compareItems(from, to),
  };
}

/**
 * Compares two versions of the agenda item by item (matched by item id, so a moved item is the
 * same item), with word-level insertions and deletions per field, and which items moved.
 */
export function compareItems(from: MinutesModel, to: MinutesModel): ItemDiff[] {
  const before = new Map(from.items.map((item) => [item.id, item]));
  const after = new Map(to.items.map((item) => [item.id, item]));
  const moved = movedItems(from.items, to.items);
  const result: ItemDiff[] = to.items.map((item) => {
    const old = before.get(item.id);
    if (!old)
      return {
        itemId: item.id,
        number: item.number,
        title: item.title,
        status: 'added',
        movedFrom: null,
        fields: fieldsOf(emptyItem(item), item),
      };
    const fields = fieldsOf(old, item).filter((f) => f.parts.some((p) => p.kind !== 'equal'));
    const movedFrom = moved.has(item.id) ? old.number : null;
    return {
      itemId: item.id,
      number: item.number,
      title: item.title,
      status: fields.length || movedFrom ? 'changed' : 'unchanged',
      movedFrom,
      fields,
    };
  });
  for (const item of from.items) {
    if (!after.has(item.id)) {
      result.push({
        itemId: item.id,
        number: item.number,
        title: item.title,
        status: 'removed',
        movedFrom: null,
        fields: fieldsOf(item, emptyItem(item)),
      });
    }
  }
  return result;
}

/**
 * Items that moved: put under another parent, or out of order among the items both versions
 * have. The fewest items that explain the new order are the moved ones (those outside a longest
 * run kept in the old order), so an item added or removed above does not move the rest.
 */
function movedItems(from: readonly AgendaItem[], to: readonly AgendaItem[]): Set<string> {
  const oldIndex = new Map(from.map((item, index) => [item.id, index]));
  const oldParent = new Map(from.map((item) => [item.id, item.parentId]));
  const common = to.filter((item) => oldIndex.has(item.id));
  const moved = new Set(
    common.filter((item) => oldParent.get(item.id) !== item.parentId).map((item) => item.id),
  );
  const kept = longestIncreasingRun(common.map((item) => oldIndex.get(item.id)!));
  common.forEach((item, index) => {
    if (!kept.has(index)) moved.add(item.id);
  });
  return moved;
}

/** Indexes of one longest strictly increasing subsequence of `values` (patience sorting). */
function longestIncreasingRun(values: readonly number[]): Set<number> {
  const tails: number[] = [];
  const previous: number[] = new Array<number>(values.length).fill(-1);
  values.forEach((value, index) => {
    let low = 0;
    let high = tails.length;
    while (low < high) {
      const mid = (low + high) >> 1;
      if (values[tails[mid]!]! < value) low = mid + 1;
      else high = mid;
    }
    if (low > 0) previous[index] = tails[low - 1]!;
    tails[low] = index;
  });
  const run = new Set<number>();
  for (let at = tails[tails.length - 1] ?? -1; at >= 0; at = previous[at]!) run.add(at);
  return run;
}

function fieldsOf(a: AgendaItem, b: AgendaItem): FieldDiff[] {
  const texts = (item: AgendaItem) => ({
    title: item.title,
    presenters: item.presenters
      .map((p) => [p.name, p.title, p.organisation].filter(Boolean).join(', '))
      .join('; '),
    body: blocksText(item.body),
    proposal: blocksText(item.proposal),
    decision: item.decision.map((clause) => `att ${clause.text}`).join('\n'),
  });
  const x = texts(a);
  const y = texts(b);
  return (['title', 'presenters', 'body', 'proposal', 'decision'] as const).map((field) => ({
    field,
    parts: diffWords(x[field], y[field]).map((change) => ({
      kind: change.added ? 'insert' : change.removed ? 'delete' : 'equal',
      text: change.value,
    })),
  }));
}

function blocksText(blocks: readonly Block[]): string {
  return blocks
    .map((block) => {
      if (block.type === 'paragraph' || block.type === 'heading') return plainText(block.runs);
      if (block.type === 'blockquote') return blocksText(block.blocks);
      return block.items.map((item) => `• ${blocksText(item)}`).join('\n');
    })
    .join('\n');
}

function emptyItem(item: AgendaItem): AgendaItem {
  return { ...item, title: '', presenters: [], body: [], proposal: [], decision: [] };
}
