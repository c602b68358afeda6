/**
 * The secretary's live mode is on while the meeting is held unless they turned it off for this
 * meeting; the choice lasts as long as the tab (sessionStorage), so a reload keeps it but a new
 * meeting day starts in live mode again.
 */
export function isLiveModeOn(available: boolean, stored: boolean | null): boolean {
  return available && (stored ?? true);
}

export function liveModeStorageKey(meetingId: string): string {
  return `anteckna-live-mode:${meetingId}`;
}

export function storedLiveModeValue(on: boolean): string {
  return on ? 'on' : 'off';
}

/** What the tab remembers: on, off, or nothing chosen (null, then the default holds). */
export function parseStoredLiveMode(value: string | null): boolean | null {
  if (value === 'on') return true;
  if (value === 'off') return false;
  return null;
}
