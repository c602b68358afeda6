/**
 * "3f2a9c0d…e41b": enough of a SHA-256 to tell two seals apart by eye, as Git shows commits; the
 * full value stays one click away for anyone who checks it.
 */
export function shortHash(hash: string, head = 12, tail = 4): string {
  if (hash.length <= head + tail + 1) return hash;
  return `${hash.slice(0, head)}…${hash.slice(-tail)}`;
}
