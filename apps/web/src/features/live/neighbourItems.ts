export interface Neighbours<T> {
  current: T | null;
  previous: T | null;
  next: T | null;
}

/**
 * The current item and the ones before and after it in agenda order (sub-items included, as
 * Alt+↑/↓ walks them). With no current item the way forward is the first item.
 */
export function neighbourItems<T extends { id: string }>(
  items: readonly T[],
  currentId: string | null,
): Neighbours<T> {
  const index = currentId === null ? -1 : items.findIndex((item) => item.id === currentId);
  if (index < 0) return { current: null, previous: null, next: items[0] ?? null };
  return {
    current: items[index] ?? null,
    previous: items[index - 1] ?? null,
    next: items[index + 1] ?? null,
  };
}
