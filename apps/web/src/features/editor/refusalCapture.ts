import * as Y from 'yjs';
import { parseDocRoot } from '@anteckna/domain';

/** One field whose unconfirmed text is held for the person after a refusal. */
export interface RefusedField {
  rootName: string;
  text: string;
}

const LIST_MARK: Record<string, (index: number) => string> = {
  bulletList: () => '– ',
  orderedList: (index) => `${index + 1}. `,
};

/**
 * Plain text of a field as the person last saw it: blocks on their own lines, list items
 * marked. Good enough to paste back; formatting is not the point of a rescue.
 */
export function fragmentText(fragment: Y.XmlFragment | Y.XmlElement): string {
  return blockLines(fragment).join('\n').trim();
}

function blockLines(parent: Y.XmlFragment | Y.XmlElement): string[] {
  const children = parent.toArray();
  if (children.some((child) => child instanceof Y.XmlText)) return [inlineText(parent)];
  const mark = parent instanceof Y.XmlElement ? LIST_MARK[parent.nodeName] : undefined;
  const lines: string[] = [];
  children.forEach((child, index) => {
    if (!(child instanceof Y.XmlElement)) return;
    const childLines = blockLines(child);
    if (mark && childLines.length > 0) childLines[0] = mark(index) + childLines[0];
    lines.push(...childLines);
  });
  return lines;
}

function inlineText(parent: Y.XmlFragment | Y.XmlElement): string {
  let text = '';
  for (const child of parent.toArray()) {
    if (child instanceof Y.XmlText) {
      for (const op of child.toDelta() as Array<{ insert: unknown }>) {
        if (typeof op.insert === 'string') text += op.insert;
      }
    } else if (child instanceof Y.XmlElement && child.nodeName === 'hardBreak') {
      text += '\n';
    } else if (child instanceof Y.XmlElement) {
      text += inlineText(child);
    }
  }
  return text;
}

/**
 * Takes the text of each touched root out of a document that is about to be thrown away.
 * Item fields give their text; the agenda, attendance and meeting block give a readable list
 * of what they held, since a map has no "text" to copy.
 */
export function captureRefusedFields(doc: Y.Doc, rootNames: Iterable<string>): RefusedField[] {
  const fields: RefusedField[] = [];
  for (const rootName of rootNames) {
    const root = parseDocRoot(rootName);
    const type = doc.share.get(rootName);
    if (type === undefined) continue;
    let text = '';
    if (root.kind === 'item') text = fragmentText(doc.getXmlFragment(rootName));
    else if (root.kind === 'agenda') text = agendaText(doc.getArray<unknown>(rootName));
    else if (root.kind === 'meeting' || root.kind === 'attendance') {
      text = mapText(doc.getMap<unknown>(rootName));
    }
    fields.push({ rootName, text });
  }
  return fields;
}

function agendaText(agenda: Y.Array<unknown>): string {
  return agenda
    .toArray()
    .map((entry) => (entry instanceof Y.Map ? String(entry.get('title') ?? '') : ''))
    .filter((title) => title.length > 0)
    .join('\n');
}

function mapText(map: Y.Map<unknown>): string {
  const lines: string[] = [];
  for (const [key, value] of map.entries()) {
    const plain = value instanceof Y.AbstractType ? value.toJSON() : value;
    lines.push(`${key}: ${typeof plain === 'string' ? plain : JSON.stringify(plain)}`);
  }
  return lines.sort().join('\n');
}
