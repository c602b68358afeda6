import type { AgendaItem, PersonRef } from '@anteckna/doc-schema';

/**
 * The number as the minutes print it: "5." for an item, "4 a)" for a sub-item (the reference
 * minutes write "a)" under "4." and the outline needs the full "4 a)" to be read alone).
 */
export function itemNumberLabel(item: Pick<AgendaItem, 'number' | 'depth'>): string {
  return item.depth === 0 ? `${item.number}.` : `${item.number})`;
}

/** Standing items ("Mötets öppnande") carry no kind prefix in the minutes; others do. */
export function showsKindPrefix(item: Pick<AgendaItem, 'standing'>): boolean {
  return item.standing === null;
}

/** "Anna Andersson, utvecklingsledare, RSS Dalarna": name, then title and organisation. */
export function presenterLine(presenter: PersonRef): string {
  return [presenter.name, presenter.title, presenter.organisation]
    .filter((part): part is string => typeof part === 'string' && part.trim().length > 0)
    .join(', ');
}

/** "PP" for Per Persson; one letter for a single name. */
export function initials(name: string): string {
  const parts = name.trim().split(/\s+/).filter(Boolean);
  if (parts.length === 0) return '?';
  const first = parts[0]!.charAt(0);
  const last = parts.length > 1 ? parts[parts.length - 1]!.charAt(0) : '';
  return (first + last).toLocaleUpperCase('sv');
}
