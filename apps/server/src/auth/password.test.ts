import { hash } from '@node-rs/argon2';
import { describe, expect, it } from 'vitest';
import { hashPassword, verifyPassword } from './password.ts';

describe('password hashes', () => {
  it('are argon2id with OWASP’s 7 MiB, 5-pass profile and verify only the right password', async () => {
    const stored = await hashPassword('rätt lösenord');
    expect(stored).toMatch(/^\$argon2id\$v=19\$m=7168,t=5,p=1\$/);
    expect(await verifyPassword(stored, 'rätt lösenord')).toBe(true);
    expect(await verifyPassword(stored, 'fel lösenord')).toBe(false);
  });

  it('still verify when made with the earlier 19 MiB, 2-pass profile', async () => {
    const earlier = await hash('gammalt lösenord', {
      algorithm: 2,
      memoryCost: 19_456,
      timeCost: 2,
      parallelism: 1,
    });
    expect(await verifyPassword(earlier, 'gammalt lösenord')).toBe(true);
    expect(await verifyPassword(earlier, 'fel lösenord')).toBe(false);
  });
});
