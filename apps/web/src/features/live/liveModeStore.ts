import { liveModeStorageKey, parseStoredLiveMode, storedLiveModeValue } from './liveModeSetting.ts';

// The status bar's switch, the centre and the phase panel read the same choice; they sit in
// different branches of the page, so the choice is a small store rather than one component's
// state. The memory copy keeps the switch working where sessionStorage is refused.
const memory = new Map<string, boolean>();
const listeners = new Set<() => void>();

export function readLiveModeChoice(meetingId: string): boolean | null {
  const remembered = memory.get(meetingId);
  if (remembered !== undefined) return remembered;
  try {
    return parseStoredLiveMode(window.sessionStorage.getItem(liveModeStorageKey(meetingId)));
  } catch {
    return null;
  }
}

export function writeLiveModeChoice(meetingId: string, on: boolean): void {
  memory.set(meetingId, on);
  try {
    window.sessionStorage.setItem(liveModeStorageKey(meetingId), storedLiveModeValue(on));
  } catch {
    // Private modes may refuse storage: the choice then lasts until the page is reloaded.
  }
  for (const listener of listeners) listener();
}

export function subscribeLiveModeChoice(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}
