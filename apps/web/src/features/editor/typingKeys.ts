/**
 * Would this key write into a text field? Letters, digits, space, Enter and deletion do;
 * moving, selecting, copying and shortcuts with Ctrl/⌘/Alt do not. Used on read-only fields to
 * say why nothing happens, and to keep Space and Enter from scrolling the page instead.
 */
export function keyWouldType(event: {
  key: string;
  ctrlKey: boolean;
  metaKey: boolean;
  altKey: boolean;
}): boolean {
  if (event.ctrlKey || event.metaKey || event.altKey) return false;
  return event.key.length === 1 || ['Enter', 'Backspace', 'Delete'].includes(event.key);
}
