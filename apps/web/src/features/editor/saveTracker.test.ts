import { describe, expect, it } from 'vitest';
import { SaveTracker } from './saveTracker.ts';

const body = new Set(['item:a:body']);
const decision = new Set(['item:a:decision']);

function connectedTracker(): SaveTracker {
  const tracker = new SaveTracker();
  tracker.connectionOpened();
  tracker.serverAskedForState();
  tracker.serverAnswered();
  return tracker;
}

describe('SaveTracker', () => {
  it('is saved after the first sync when nothing was typed', () => {
    expect(connectedTracker().state).toBe('saved');
  });

  it('is saving after an edit and saved once the answer to a later question arrives', () => {
    const tracker = connectedTracker();
    tracker.localEdit(body);
    expect(tracker.state).toBe('saving');
    expect(tracker.needsProbe()).toBe(true);
    tracker.probeSent();
    tracker.serverAnswered();
    expect(tracker.state).toBe('saved');
    expect(tracker.unconfirmedRoots().size).toBe(0);
  });

  it('does not let an answer confirm an edit made after its question was sent', () => {
    const tracker = connectedTracker();
    tracker.localEdit(body);
    tracker.probeSent();
    tracker.localEdit(decision);
    tracker.serverAnswered();
    expect(tracker.state).toBe('saving');
    expect([...tracker.unconfirmedRoots()]).toEqual(['item:a:decision']);
    expect(tracker.needsProbe()).toBe(true);
  });

  it('keeps offline edits unsent, and the first answer after reconnecting does not confirm them', () => {
    const tracker = connectedTracker();
    tracker.connectionClosed();
    tracker.localEdit(body);
    expect(tracker.state).toBe('unsent');
    tracker.connectionOpened();
    tracker.serverAnswered();
    expect(tracker.state).toBe('saving');
  });

  it('confirms offline edits once a question sent after the server asked for our state is answered', () => {
    const tracker = connectedTracker();
    tracker.connectionClosed();
    tracker.localEdit(body);
    tracker.connectionOpened();
    tracker.serverAskedForState();
    tracker.serverAnswered();
    expect(tracker.needsProbe()).toBe(true);
    tracker.probeSent();
    tracker.serverAnswered();
    expect(tracker.state).toBe('saved');
  });

  it('treats edits sent on a socket that closed unconfirmed as not sent', () => {
    const tracker = connectedTracker();
    tracker.localEdit(body);
    tracker.probeSent();
    tracker.connectionClosed();
    tracker.connectionOpened();
    tracker.serverAnswered();
    expect(tracker.state).toBe('saving');
    expect([...tracker.unconfirmedRoots()]).toEqual(['item:a:body']);
  });

  it('ignores transactions that changed no root', () => {
    const tracker = connectedTracker();
    tracker.localEdit(new Set());
    expect(tracker.state).toBe('saved');
  });
});
