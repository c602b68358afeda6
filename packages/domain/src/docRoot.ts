/**
 * Names of the root types of a meeting's Y.Doc (doc-schema SPEC, rules D1–D4). "Who may write
 * this" is a question about these names, so the write policy lives beside them.
 */
export const ITEM_FIELDS = ['body', 'proposal', 'decision'] as const;
export type ItemField = (typeof ITEM_FIELDS)[number];

export type DocRoot =
  | { kind: 'meeting' }
  | { kind: 'agenda' }
  | { kind: 'attendance' }
  | { kind: 'item'; itemId: string; field: ItemField }
  | { kind: 'unknown'; name: string };

const ITEM_ROOT = /^item:([A-Za-z0-9_-]{1,64}):(body|proposal|decision)$/;

export function itemRootName(itemId: string, field: ItemField): string {
  return `item:${itemId}:${field}`;
}

export function parseDocRoot(name: string): DocRoot {
  if (name === 'meeting' || name === 'agenda' || name === 'attendance') return { kind: name };
  const match = ITEM_ROOT.exec(name);
  if (match) return { kind: 'item', itemId: match[1]!, field: match[2] as ItemField };
  return { kind: 'unknown', name };
}
