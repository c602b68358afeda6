import { hash, verify } from '@node-rs/argon2';

/** `Algorithm.Argon2id` of @node-rs/argon2, whose const enum cannot be imported under isolated modules. */
const ARGON2ID = 2;
/** argon2id with OWASP's minimum profile (19 MiB, 2 passes): slow for attackers, quick for one login. */
const OPTIONS = { algorithm: ARGON2ID, memoryCost: 19_456, timeCost: 2, parallelism: 1 };

export function hashPassword(password: string): Promise<string> {
  return hash(password, OPTIONS);
}

export async function verifyPassword(passwordHash: string, password: string): Promise<boolean> {
  try {
    return await verify(passwordHash, password);
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
