/**
 * Item and attachment numbers are derived from order, never stored (SPEC rules A3, A8):
 * typing them by hand is how minutes end up skipping or repeating a number.
 */
import type { AgendaRecord, StoredAttachment } from './agendaRecord.ts';
import type { Attachment } from '../minutesModel.ts';

export interface NumberedRecord {
  record: AgendaRecord;
  /** The parent as it counts for numbering: null for an item that reads as top level. */
  parentId: string | null;
  depth: 0 | 1;
  number: string;
}

/**
 * Display order: each top-level item followed by its sub-items, both in array order. A sub-item
 * whose parent is missing or is itself a sub-item reads as a top-level item (rule A4).
 */
export function numberAgenda(records: readonly AgendaRecord[]): NumberedRecord[] {
  const byId = new Map(records.map((record) => [record.id, record]));
  const isTopLevel = (record: AgendaRecord): boolean => {
    if (record.parentId === null) return true;
    const parent = byId.get(record.parentId);
    return parent === undefined || parent.parentId !== null;
  };
  const result: NumberedRecord[] = [];
  let topNumber = 0;
  for (const record of records) {
    if (!isTopLevel(record)) continue;
    topNumber += 1;
    result.push({ record, parentId: null, depth: 0, number: String(topNumber) });
    let letter = 0;
    for (const child of records) {
      if (child.parentId !== record.id || isTopLevel(child)) continue;
      result.push({
        record: child,
        parentId: record.id,
        depth: 1,
        number: `${topNumber} ${subItemLetter(letter)}`,
      });
      letter += 1;
    }
  }
  return result;
}

/** a … z, then aa, ab …: more than 26 sub-items is unheard of, but must not break. */
export function subItemLetter(index: number): string {
  const letters = 'abcdefghijklmnopqrstuvwxyz';
  if (index < letters.length) return letters[index]!;
  return subItemLetter(Math.floor(index / letters.length) - 1) + letters[index % letters.length]!;
}

/**
 * Attachments numbered through the meeting in agenda order, from `first` (rule A8). An attachment
 * that joins the one before it in its item shares that number; every member of such a group is
 * lettered ("18a", "18b" …), a lone attachment is not ("9").
 */
export function numberAttachments(
  ordered: readonly NumberedRecord[],
  first: number,
): Map<string, Attachment[]> {
  const numbered = new Map<string, Attachment[]>();
  let next = first;
  for (const { record } of ordered) {
    const groups: StoredAttachment[][] = [];
    for (const attachment of record.attachments) {
      const current = groups.at(-1);
      if (attachment.joinsPrevious === true && current) current.push(attachment);
      else groups.push([attachment]);
    }
    numbered.set(
      record.id,
      groups.flatMap((group) => {
        const base = String(next++);
        return group.map((attachment, index) => {
          const number = group.length > 1 ? `${base}${subItemLetter(index)}` : base;
          return { ...attachment, number, label: `Bilaga ${number}` };
        });
      }),
    );
  }
  return numbered;
}
