/** What a key press on the meeting page asks for; the page decides what it means there. */
export type MeetingKeyCommand =
  | { command: 'help' }
  | { command: 'moveItem'; direction: -1 | 1 }
  | { command: 'addClause' }
  | { command: 'adoptProposal' };

export interface KeyPress {
  key: string;
  altKey: boolean;
  ctrlKey: boolean;
  metaKey: boolean;
  shiftKey: boolean;
  /** True when the key goes to a text box or an editor (then "?" is just a character). */
  inText: boolean;
}

export function meetingKeyCommand(press: KeyPress): MeetingKeyCommand | null {
  const mod = press.ctrlKey || press.metaKey;
  if (press.key === '?' && !mod && !press.altKey && !press.inText) return { command: 'help' };
  if (press.altKey && !mod && !press.shiftKey) {
    if (press.key === 'ArrowUp') return { command: 'moveItem', direction: -1 };
    if (press.key === 'ArrowDown') return { command: 'moveItem', direction: 1 };
  }
  if (mod && !press.altKey && press.key === 'Enter') {
    return press.shiftKey ? { command: 'adoptProposal' } : { command: 'addClause' };
  }
  return null;
}

/** Whether typing here produces text: inputs, text areas, selects and editors. */
export function isTextTarget(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  if (target.isContentEditable) return true;
  return ['INPUT', 'TEXTAREA', 'SELECT'].includes(target.tagName);
}
