import fs from 'node:fs/promises';
import { fileURLToPath } from 'node:url';

type SyncingPrototype = { sync: (this: fs.FileHandle) => Promise<void> };

/**
 * Watches the fsyncs of every file opened through node:fs/promises (the WAL's, in a server
 * test): counts them, and while `hold()` is on keeps each one from finishing until
 * `release()`, so a test can see what waits for the disk. `restore()` ends it (register it as a
 * cleanup).
 */
export async function watchFileSyncs() {
  const probe = await fs.open(fileURLToPath(import.meta.url), 'r');
  const prototype = Object.getPrototypeOf(probe) as SyncingPrototype;
  await probe.close();
  const original = prototype.sync;
  let holding = false;
  const held: Array<() => void> = [];
  const watch = {
    count: 0,
    /** fsyncs started and not yet let through. */
    get waiting() {
      return held.length;
    },
    hold() {
      holding = true;
    },
    release() {
      holding = false;
      for (const letThrough of held.splice(0)) letThrough();
    },
    restore() {
      watch.release();
      prototype.sync = original;
    },
  };
  prototype.sync = function (this: fs.FileHandle) {
    watch.count += 1;
    if (!holding) return original.call(this);
    return new Promise<void>((resolve, reject) =>
      held.push(() => void original.call(this).then(resolve, reject)),
    );
  };
  return watch;
}
