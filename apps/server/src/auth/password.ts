/**
 * The argon2 addon, loaded on the first hash: a restart (and a collaboration client) needs none,
 * and loading it cost the start about 13 ms of CPU (docs/benchmarks.md, Start-up).
 */
const argon2 = () => import('@node-rs/argon2');

/** `Algorithm.Argon2id` of @node-rs/argon2, whose const enum cannot be imported under isolated modules. */
const ARGON2ID = 2;
/**
 * argon2id with the lowest-memory of OWASP's five equivalent minimum profiles (7 MiB, 5 passes;
 * the others trade memory for passes down to 19 MiB with 2): as slow for an attacker, and a
 * login lifts the server's memory by 7 MiB instead of 19. Hashes made with another profile keep
 * verifying: each hash names its own parameters.
 */
const OPTIONS = { algorithm: ARGON2ID, memoryCost: 7_168, timeCost: 5, parallelism: 1 };

/**
 * Hashes run one at a time. Each holds its memory (19 MiB with the earlier profile) while it runs, and libuv would run four at once:
 * a burst of logins or accepted invitations lifted the server's memory by 76 MiB for nothing,
 * since the hashing thread and the collaboration thread already fill a small server's cores.
 * Requests wait their turn instead (the login rate limit bounds the queue).
 */
let hashing: Promise<unknown> = Promise.resolve();
function oneAtATime<T>(work: () => Promise<T>): Promise<T> {
  const turn = hashing.then(work, work);
  hashing = turn.catch(() => undefined);
  return turn;
}

export function hashPassword(password: string): Promise<string> {
  return oneAtATime(async () => (await argon2()).hash(password, OPTIONS));
}

export async function verifyPassword(passwordHash: string, password: string): Promise<boolean> {
  // Outside the try: an addon that cannot be loaded is an error, not a wrong password.
  const { verify } = await argon2();
  try {
    return await oneAtATime(() => verify(passwordHash, password));
  } catch {
    return false;
  }
}

/**
 * A hash to verify against when the e-mail is unknown, so that a wrong e-mail costs as much time
 * as a wrong password and response times do not tell which accounts exist.
 */
let dummyHash: Promise<string> | undefined;
export function dummyPasswordHash(): Promise<string> {
  dummyHash ??= hashPassword('anteckna-timing-equaliser');
  return dummyHash;
}
