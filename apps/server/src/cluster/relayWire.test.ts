import { describe, expect, it } from 'vitest';
import { isDocumentWrite } from './clusteredCollab.ts';
import { decodeEnvelope, encodeEnvelope, type Envelope } from './relayWire.ts';
import { encodeSyncStep1, encodeUpdate } from '../collab/protocol.ts';
import * as Y from 'yjs';

describe('what processes say to each other', () => {
  it('decodes every kind of frame as it was encoded, in order', () => {
    const bytes = new Uint8Array([0, 2, 255, 7]);
    const envelope: Envelope = {
      from: 'host-1-abc',
      frames: [
        {
          kind: 'join',
          connId: 7,
          meetingId: 'm-1',
          who: {
            user: { id: 'u', name: 'Åsa Öberg', color: '#123456', role: 'member' },
            actor: { userId: 'u', bodyRole: 'member' },
            sessionTokenHash: 'hash',
          },
        },
        { kind: 'message', connId: 7, data: bytes },
        { kind: 'leave', connId: 7 },
        { kind: 'changed', requestId: 3, meetingId: 'm-1', phase: 'live', update: bytes },
        { kind: 'changed', requestId: 4, meetingId: 'm-1', phase: null, update: new Uint8Array() },
        { kind: 'ack', requestId: 3 },
        { kind: 'send', connIds: [1, 2, 300000], data: bytes },
        { kind: 'close', connId: 2, code: 4403, reason: 'forbidden' },
        { kind: 'reach', reach: { kind: 'otherSessions', userId: 'u', keepTokenHash: 'k' } },
      ],
    };
    expect(decodeEnvelope(encodeEnvelope(envelope))).toEqual(envelope);
  });

  it('refuses bytes that are not a relay message', () => {
    expect(() => decodeEnvelope(new Uint8Array([1, 65, 1, 99]))).toThrow();
  });

  it('tells a write (an update with content) from a question or an empty update', () => {
    const doc = new Y.Doc();
    doc.getText('t').insert(0, 'x');
    expect(isDocumentWrite(encodeUpdate(Y.encodeStateAsUpdate(doc)))).toBe(true);
    expect(isDocumentWrite(encodeUpdate(Y.encodeStateAsUpdate(new Y.Doc())))).toBe(false);
    expect(isDocumentWrite(encodeSyncStep1(doc))).toBe(false);
    expect(isDocumentWrite(new Uint8Array([1, 0]))).toBe(false); // awareness
    expect(isDocumentWrite(new Uint8Array([0, 2]))).toBe(false); // truncated
  });
});
