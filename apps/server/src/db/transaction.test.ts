import { sql } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { SERVER_TESTS_ON_POSTGRES } from '../testing/testPostgres.ts';
import { startTestServer } from '../testing/testServer.ts';
import { useCleanups } from '../testing/useCleanups.ts';
import { withTransaction } from './transaction.ts';

const cleanups = useCleanups();

// On Postgres each transaction has a connection of its own (storageDialects.test.ts covers it).
describe.skipIf(SERVER_TESTS_ON_POSTGRES)('withTransaction on SQLite', () => {
  it('commits all of the work, none of it when the work throws, and commits again after a rollback', async () => {
    const server = await startTestServer();
    cleanups.push(() => server.close());
    const { db } = server.deps;
    await db.run(sql`create table transaction_probe (n integer)`);
    const count = async () =>
      (await db.all<{ n: number }>(sql`select count(*) as n from transaction_probe`))[0]!.n;

    await withTransaction(db, async (tx) => {
      await tx.run(sql`insert into transaction_probe values (1)`);
      await tx.run(sql`insert into transaction_probe values (2)`);
    });
    expect(await count()).toBe(2);

    const refused = withTransaction(db, async (tx) => {
      await tx.run(sql`insert into transaction_probe values (3)`);
      throw new Error('refused half-way');
    });
    await expect(refused).rejects.toThrow('refused half-way');
    expect(await count()).toBe(2);

    // The prepared BEGIN and COMMIT serve every transaction of the connection, rolled back or not.
    for (const n of [4, 5])
      await withTransaction(db, async (tx) => {
        await tx.run(sql`insert into transaction_probe values (${n})`);
      });
    expect(await count()).toBe(4);
  });
});
