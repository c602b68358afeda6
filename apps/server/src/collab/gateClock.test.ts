import { describe, expect, it } from 'vitest';
import { createGateClock } from './gateClock.ts';

describe('createGateClock', () => {
  it('sums the time of every decision it runs, also of one that throws, and returns its result', () => {
    let t = 0;
    const clock = createGateClock(() => t);
    expect(
      clock.time(() => {
        t += 2.5;
        return 'roots';
      }),
    ).toBe('roots');
    expect(() =>
      clock.time(() => {
        t += 1;
        throw new Error('malformed');
      }),
    ).toThrow('malformed');
    expect(clock.read()).toEqual({ totalMs: 3.5, decisions: 2 });
  });

  it('hands out a copy, so a reading does not move on with the clock', () => {
    let t = 0;
    const clock = createGateClock(() => t);
    const before = clock.read();
    clock.time(() => (t += 4));
    expect(before).toEqual({ totalMs: 0, decisions: 0 });
    expect(clock.read().totalMs).toBe(4);
  });
});
