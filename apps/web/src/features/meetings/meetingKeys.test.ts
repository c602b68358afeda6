import { describe, expect, it } from 'vitest';
import { meetingKeyCommand } from './meetingKeys.ts';
import type { KeyPress } from './meetingKeys.ts';

const press = (patch: Partial<KeyPress>): KeyPress => ({
  key: '',
  altKey: false,
  ctrlKey: false,
  metaKey: false,
  shiftKey: false,
  inText: false,
  ...patch,
});

describe('meetingKeyCommand', () => {
  it('opens the shortcut list on "?" outside text', () => {
    expect(meetingKeyCommand(press({ key: '?', shiftKey: true }))).toEqual({ command: 'help' });
  });

  it('leaves "?" alone while typing in a field', () => {
    expect(meetingKeyCommand(press({ key: '?', inText: true }))).toBeNull();
  });

  it('moves between items with Alt+↑ and Alt+↓, also from inside an editor', () => {
    expect(meetingKeyCommand(press({ key: 'ArrowDown', altKey: true, inText: true }))).toEqual({
      command: 'moveItem',
      direction: 1,
    });
    expect(meetingKeyCommand(press({ key: 'ArrowUp', altKey: true }))).toEqual({
      command: 'moveItem',
      direction: -1,
    });
  });

  it('adds a clause with Ctrl+Enter (or ⌘+Enter) and adopts the proposal with Shift added', () => {
    expect(meetingKeyCommand(press({ key: 'Enter', ctrlKey: true, inText: true }))).toEqual({
      command: 'addClause',
    });
    expect(meetingKeyCommand(press({ key: 'Enter', metaKey: true, shiftKey: true }))).toEqual({
      command: 'adoptProposal',
    });
  });

  it('ignores plain Enter', () => {
    expect(meetingKeyCommand(press({ key: 'Enter', inText: true }))).toBeNull();
  });
});
