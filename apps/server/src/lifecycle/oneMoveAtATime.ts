import { KeyedSerialQueue } from '../concurrency/keyedSerialQueue.ts';

/**
 * Phase moves and approvals of one meeting run one at a time in this process: each reads the
 * phase it starts from, changes the document and commits, and the next starts from what the
 * previous one left. (The database decides between processes: a move updates the meeting's row
 * only from the phase it read, so of two racing moves one fails.)
 */
const moves = new KeyedSerialQueue<string>();

export function oneMoveAtATime<T>(meetingId: string, move: () => Promise<T>): Promise<T> {
  return moves.run(meetingId, move);
}
