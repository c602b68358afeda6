import { nowMs } from '../edits/editToken.ts';
import type { Typist } from '../edits/typist.ts';
import type { TypingPlan } from './generatorMessages.ts';

const TICK_MS = 5;
/** A typist that falls further behind than this skips the backlog instead of bursting it. */
const MAX_BACKLOG_INTERVALS = 2;

export interface TypingWindow {
  startAtMs: number;
  measureFromMs: number;
  stopAtMs: number;
}

/**
 * Drives every typist of this process at its rate from `startAtMs` to `stopAtMs`, each offset
 * at random within one interval so that edits do not arrive in lockstep. Resolves with the number
 * of edits typed inside the measured part of the window.
 */
export function runTypingLoop(
  typists: Typist[],
  plan: TypingPlan,
  window: TypingWindow,
): Promise<number> {
  const editInterval = plan.editsPerSecond > 0 ? 1000 / plan.editsPerSecond : Infinity;
  const cursorInterval =
    plan.cursorMovesPerSecond > 0 ? 1000 / plan.cursorMovesPerSecond : Infinity;
  const nextEdit = typists.map(
    () => window.startAtMs + Math.random() * Math.min(editInterval, 1000),
  );
  const nextCursor = typists.map(
    () => window.startAtMs + Math.random() * Math.min(cursorInterval, 1000),
  );
  let editsInWindow = 0;

  return new Promise((resolve) => {
    const tick = () => {
      const now = nowMs();
      if (now >= window.stopAtMs) {
        clearInterval(timer);
        resolve(editsInWindow);
        return;
      }
      typists.forEach((typist, i) => {
        nextEdit[i] = due(nextEdit[i]!, now, editInterval, () => {
          const at = typist.type();
          if (at >= window.measureFromMs) editsInWindow += 1;
        });
        nextCursor[i] = due(nextCursor[i]!, now, cursorInterval, () => typist.moveCursor());
      });
    };
    const timer = setInterval(tick, TICK_MS);
  });
}

/** Runs `act` for each interval that has come due (at most a small backlog); returns the next due time. */
function due(next: number, now: number, interval: number, act: () => void): number {
  if (!Number.isFinite(interval)) return next;
  if (next < now - MAX_BACKLOG_INTERVALS * interval) next = now - MAX_BACKLOG_INTERVALS * interval;
  while (next <= now) {
    act();
    next += interval;
  }
  return next;
}
