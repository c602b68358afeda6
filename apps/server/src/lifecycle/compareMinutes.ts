import { diffWords } from 'diff';
import type { FieldDiff, ItemDiff } from '@anteckna/contract';
import { plainText, type AgendaItem, type Block, type MinutesModel } from '@anteckna/doc-schema';

/**
 * Compares two versions of the minutes item by item (matched by item id, so a moved item is the
 * same item), with word-level insertions and deletions per field.
 */
export function compareMinutes(from: MinutesModel, to: MinutesModel): ItemDiff[] {
  const before = new Map(from.items.map((item) => [item.id, item]));
  const after = new Map(to.items.map((item) => [item.id, item]));
  const result: ItemDiff[] = to.items.map((item) => {
    const old = before.get(item.id);
    if (!old)
      return {
        itemId: item.id,
        number: item.number,
        title: item.title,
        status: 'added',
        fields: fieldsOf(emptyItem(item), item),
      };
    const fields = fieldsOf(old, item).filter((f) => f.parts.some((p) => p.kind !== 'equal'));
    return {
      itemId: item.id,
      number: item.number,
      title: item.title,
      status: fields.length ? 'changed' : 'unchanged',
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
        fields: fieldsOf(item, emptyItem(item)),
      });
    }
  }
  return result;
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
