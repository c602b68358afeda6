import { appError } from '../errors/appError.ts';
import type { ErrorId } from '../errors/errorCatalog.ts';

/** A register row's clause: the meeting, the item, its place in the decision and its words. */
interface ClauseRow {
  meetingId: string;
  itemId: string;
  position: number;
  text: string;
}

/**
 * The row of a register a change from it means. The register is rebuilt a moment after every
 * edit of the minutes, so the place a client read may hold another clause by now: with the words
 * the client showed (`shown`), the row is the one at that place if it still has them, else the
 * only row of the item that has them (SPEC rule [W6]). A clause no row has any more is refused
 * with 409 `unknown_clause`, also when it was its item's last; an address without the words
 * shown and no row there is `notFound`.
 */
export function describedRow<T extends ClauseRow>(
  rows: readonly T[],
  key: Omit<ClauseRow, 'text'>,
  shown: string | undefined,
  notFound: ErrorId,
): T {
  const inItem = rows.filter((row) => row.meetingId === key.meetingId && row.itemId === key.itemId);
  const there = inItem.find((row) => row.position === key.position);
  if (shown === undefined || there?.text === shown) {
    if (there) return there;
    throw appError(notFound);
  }
  const alike = inItem.filter((row) => row.text === shown);
  if (alike.length === 1) return alike[0]!;
  // Also when the item has no row left at all: the client showed a clause that is gone.
  throw appError('unknown_clause');
}
