import { expect, it } from 'vitest';
import { YieldingQueue } from './yieldingQueue.ts';

const turn = () => new Promise((resolve) => setImmediate(resolve));

it('runs due jobs one at a time and lets the loop handle what came meanwhile between two of them', async () => {
  const seen: string[] = [];
  const queue = new YieldingQueue<string>(async (key) => {
    seen.push(`job ${key}`);
    // Input that arrives while a job runs (a client's message) is queued behind it.
    if (key === 'a') setImmediate(() => seen.push('input'));
  });
  // As timers that expire together would add them: in one go.
  queue.add('a');
  queue.add('b');
  queue.add('c');
  for (let i = 0; i < 10 && seen.length < 4; i++) await turn();
  expect(seen).toEqual(['job a', 'input', 'job b', 'job c']);
});

it('runs a key added again while it waits only once', async () => {
  const runs: string[] = [];
  const queue = new YieldingQueue<string>(async (key) => void runs.push(key));
  queue.add('a');
  queue.add('b');
  queue.add('b');
  for (let i = 0; i < 10 && runs.length < 2; i++) await turn();
  await turn();
  expect(runs).toEqual(['a', 'b']);
});
