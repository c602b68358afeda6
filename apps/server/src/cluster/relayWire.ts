import type { Actor, Phase } from '@anteckna/domain';
import * as decoding from 'lib0/decoding';
import * as encoding from 'lib0/encoding';
import type { SocketReach } from '../collab/sessionReach.ts';
import type { PresenceUser } from '../collab/presence.ts';

/** Who a relayed socket is, as its owner needs to know it to run the gate for it. */
export interface RelayedIdentity {
  user: PresenceUser;
  actor: Actor;
  sessionTokenHash: string;
}

/**
 * What processes say to each other over Redis pub/sub. To a meeting's owner: a socket joined,
 * sent a message, left; a server-side write was committed elsewhere (`changed`, answered with
 * `ack`). From the owner back: send these bytes to these sockets, close this socket. To everyone:
 * a session or access change reaches these sockets.
 */
export type Frame =
  | { kind: 'join'; connId: number; meetingId: string; who: RelayedIdentity }
  | { kind: 'message'; connId: number; data: Uint8Array }
  | { kind: 'leave'; connId: number }
  | {
      kind: 'changed';
      requestId: number;
      meetingId: string;
      phase: Phase | null;
      update: Uint8Array;
    }
  | { kind: 'ack'; requestId: number }
  | { kind: 'send'; connIds: number[]; data: Uint8Array }
  | { kind: 'close'; connId: number; code: number; reason: string }
  | { kind: 'reach'; reach: SocketReach };

/** The frames one process published to one channel in one event-loop turn. */
export interface Envelope {
  from: string;
  frames: Frame[];
}

const KIND = {
  join: 1,
  message: 2,
  leave: 3,
  changed: 4,
  ack: 5,
  send: 6,
  close: 7,
  reach: 8,
} as const;

export function encodeEnvelope(envelope: Envelope): Uint8Array {
  const e = encoding.createEncoder();
  encoding.writeVarString(e, envelope.from);
  encoding.writeVarUint(e, envelope.frames.length);
  for (const frame of envelope.frames) {
    encoding.writeVarUint(e, KIND[frame.kind]);
    switch (frame.kind) {
      case 'join':
        encoding.writeVarUint(e, frame.connId);
        encoding.writeVarString(e, frame.meetingId);
        encoding.writeVarString(e, JSON.stringify(frame.who));
        break;
      case 'message':
        encoding.writeVarUint(e, frame.connId);
        encoding.writeVarUint8Array(e, frame.data);
        break;
      case 'leave':
        encoding.writeVarUint(e, frame.connId);
        break;
      case 'changed':
        encoding.writeVarUint(e, frame.requestId);
        encoding.writeVarString(e, frame.meetingId);
        encoding.writeVarString(e, frame.phase ?? '');
        encoding.writeVarUint8Array(e, frame.update);
        break;
      case 'ack':
        encoding.writeVarUint(e, frame.requestId);
        break;
      case 'send':
        encoding.writeVarUint(e, frame.connIds.length);
        for (const id of frame.connIds) encoding.writeVarUint(e, id);
        encoding.writeVarUint8Array(e, frame.data);
        break;
      case 'close':
        encoding.writeVarUint(e, frame.connId);
        encoding.writeVarUint(e, frame.code);
        encoding.writeVarString(e, frame.reason);
        break;
      case 'reach':
        encoding.writeVarString(e, JSON.stringify(frame.reach));
        break;
    }
  }
  return encoding.toUint8Array(e);
}

/** Only processes of the same deployment publish here; a frame that does not decode throws. */
export function decodeEnvelope(bytes: Uint8Array): Envelope {
  const d = decoding.createDecoder(bytes);
  const from = decoding.readVarString(d);
  const count = decoding.readVarUint(d);
  const frames: Frame[] = [];
  for (let i = 0; i < count; i++) frames.push(readFrame(d));
  return { from, frames };
}

function readFrame(d: decoding.Decoder): Frame {
  const kind = decoding.readVarUint(d);
  switch (kind) {
    case KIND.join:
      return {
        kind: 'join',
        connId: decoding.readVarUint(d),
        meetingId: decoding.readVarString(d),
        who: JSON.parse(decoding.readVarString(d)) as RelayedIdentity,
      };
    case KIND.message:
      return {
        kind: 'message',
        connId: decoding.readVarUint(d),
        data: decoding.readVarUint8Array(d),
      };
    case KIND.leave:
      return { kind: 'leave', connId: decoding.readVarUint(d) };
    case KIND.changed: {
      const requestId = decoding.readVarUint(d);
      const meetingId = decoding.readVarString(d);
      const phase = decoding.readVarString(d);
      return {
        kind: 'changed',
        requestId,
        meetingId,
        phase: phase === '' ? null : (phase as Phase),
        update: decoding.readVarUint8Array(d),
      };
    }
    case KIND.ack:
      return { kind: 'ack', requestId: decoding.readVarUint(d) };
    case KIND.send: {
      const n = decoding.readVarUint(d);
      const connIds: number[] = [];
      for (let i = 0; i < n; i++) connIds.push(decoding.readVarUint(d));
      return { kind: 'send', connIds, data: decoding.readVarUint8Array(d) };
    }
    case KIND.close:
      return {
        kind: 'close',
        connId: decoding.readVarUint(d),
        code: decoding.readVarUint(d),
        reason: decoding.readVarString(d),
      };
    case KIND.reach:
      return { kind: 'reach', reach: JSON.parse(decoding.readVarString(d)) as SocketReach };
    default:
      throw new Error(`unknown relay frame kind ${kind}`);
  }
}
