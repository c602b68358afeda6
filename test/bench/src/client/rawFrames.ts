import type { Socket } from 'node:net';
import type WebSocket from 'ws';

const CHUNK_BYTES = 256 * 1024;
const FIN_BINARY = 0x82;
const MASKED = 0x80;

/**
 * Many binary messages as ready-made client WebSocket frames, packed into large chunks so that
 * they go out in a few socket writes. Sending frame by frame costs the client tens of microseconds
 * each, which for a burst of 100,000 small updates would measure the client, not the server.
 * Frames carry the all-zero masking key: valid for every server, and the payload stays as is.
 */
export function frameBinaryMessages(messages: readonly Uint8Array[]): Buffer[] {
  const chunks: Buffer[] = [];
  let chunk = Buffer.allocUnsafe(CHUNK_BYTES);
  let used = 0;
  for (const message of messages) {
    const frameBytes = headerLength(message.length) + message.length;
    if (used + frameBytes > chunk.length) {
      if (used > 0) chunks.push(chunk.subarray(0, used));
      chunk = Buffer.allocUnsafe(Math.max(CHUNK_BYTES, frameBytes));
      used = 0;
    }
    used = writeFrame(chunk, used, message);
  }
  if (used > 0) chunks.push(chunk.subarray(0, used));
  return chunks;
}

/** Writes frames made by frameBinaryMessages on an open `ws` client connection. */
export function writeFrames(ws: WebSocket, chunks: readonly Buffer[]): void {
  const socket = (ws as unknown as { _socket?: Socket })._socket;
  if (ws.readyState !== ws.OPEN || !socket) throw new Error('the connection is not open');
  for (const chunk of chunks) socket.write(chunk);
}

function headerLength(payload: number): number {
  return (payload < 126 ? 2 : payload < 65_536 ? 4 : 10) + 4;
}

function writeFrame(target: Buffer, at: number, payload: Uint8Array): number {
  target[at++] = FIN_BINARY;
  if (payload.length < 126) {
    target[at++] = MASKED | payload.length;
  } else if (payload.length < 65_536) {
    target[at++] = MASKED | 126;
    target.writeUInt16BE(payload.length, at);
    at += 2;
  } else {
    target[at++] = MASKED | 127;
    target.writeBigUInt64BE(BigInt(payload.length), at);
    at += 8;
  }
  target.writeUInt32BE(0, at);
  at += 4;
  target.set(payload, at);
  return at + payload.length;
}
