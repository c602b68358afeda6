/**
 * Each edit types one token `~writer.seq.time~` (base 36, time in units of 10 µs since the
 * epoch). Readers find tokens in the raw bytes of an update: Yjs writes inserted text verbatim,
 * so a reader learns who wrote what and when without decoding the update a second time.
 */
const TILDE = 0x7e;
const TIME_UNITS_PER_MS = 100;
const MAX_TOKEN_LENGTH = 40;

export interface EditToken {
  writer: number;
  seq: number;
  sentAtMs: number;
}

/** Milliseconds since the epoch, comparable between processes on one machine. */
export function nowMs(): number {
  return performance.timeOrigin + performance.now();
}

export function formatEditToken(writer: number, seq: number, sentAtMs: number): string {
  const time = Math.round(sentAtMs * TIME_UNITS_PER_MS);
  return `~${writer.toString(36)}.${seq.toString(36)}.${time.toString(36)}~`;
}

/** Calls `onToken` for every well-formed token in `bytes`, in order. */
export function scanEditTokens(bytes: Uint8Array, onToken: (token: EditToken) => void): void {
  let start = bytes.indexOf(TILDE);
  while (start !== -1) {
    const end = bytes.indexOf(TILDE, start + 1);
    if (end === -1) return;
    const token = end - start <= MAX_TOKEN_LENGTH ? parseToken(bytes, start + 1, end) : null;
    if (token) {
      onToken(token);
      start = bytes.indexOf(TILDE, end + 1);
    } else {
      // The first tilde was a stray byte of the binary encoding; the second may open a token.
      start = end;
    }
  }
}

function parseToken(bytes: Uint8Array, from: number, to: number): EditToken | null {
  const parts: number[] = [];
  let value = 0;
  let digits = 0;
  for (let i = from; i < to; i++) {
    const byte = bytes[i]!;
    const digit = base36Digit(byte);
    if (digit >= 0) {
      value = value * 36 + digit;
      digits += 1;
    } else if (byte === 0x2e && digits > 0) {
      parts.push(value);
      value = 0;
      digits = 0;
    } else {
      return null;
    }
  }
  if (digits === 0 || parts.length !== 2) return null;
  return { writer: parts[0]!, seq: parts[1]!, sentAtMs: value / TIME_UNITS_PER_MS };
}

function base36Digit(byte: number): number {
  if (byte >= 0x30 && byte <= 0x39) return byte - 0x30;
  if (byte >= 0x61 && byte <= 0x7a) return byte - 0x61 + 10;
  return -1;
}
