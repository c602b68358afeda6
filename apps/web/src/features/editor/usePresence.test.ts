import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { Awareness, applyAwarenessUpdate, encodeAwarenessUpdate } from 'y-protocols/awareness';
import { readPresence } from './usePresence.ts';

function remoteState(awareness: Awareness, state: Record<string, unknown>): void {
  const other = new Awareness(new Y.Doc());
  other.setLocalState(state);
  applyAwarenessUpdate(awareness, encodeAwarenessUpdate(other, [other.clientID]), 'remote');
}

describe('readPresence', () => {
  it('lists each other person once, with the fields they are writing in from all their tabs', () => {
    const awareness = new Awareness(new Y.Doc());
    awareness.setLocalState({ user: { id: 'me', name: 'Jag' } });
    const per = { id: 'u-per', name: 'Per Persson', color: '#1a7f37' };
    remoteState(awareness, { user: per, editing: 'item:a:body' });
    remoteState(awareness, { user: per, editing: 'item:b:proposal' });
    remoteState(awareness, { user: { id: 'me', name: 'Jag' } });
    expect(readPresence(awareness, 'me')).toEqual([
      {
        userId: 'u-per',
        name: 'Per Persson',
        color: '#1a7f37',
        editing: ['item:a:body', 'item:b:proposal'],
      },
    ]);
  });

  it('leaves out connections the server has not named yet', () => {
    const awareness = new Awareness(new Y.Doc());
    remoteState(awareness, { cursor: null });
    expect(readPresence(awareness, 'me')).toEqual([]);
  });
});
