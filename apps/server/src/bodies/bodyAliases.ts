/**
 * Other spellings of a body's name that its secretary registers ("Chefsnätverket" for the
 * network): the mistake check links them to the body and never flags them (SPEC K2).
 */
import { firstRow } from '../db/firstRow.ts';
import { randomUUID } from 'node:crypto';
import { and, asc, eq } from 'drizzle-orm';
import type { Db } from '../db/openDatabase.ts';
import { bodies, bodyAliases } from '../db/schema.ts';
import { appError } from '../errors/appError.ts';

export interface BodyAlias {
  id: string;
  alias: string;
}

export async function listBodyAliases(db: Db, bodyId: string): Promise<BodyAlias[]> {
  return await db
    .select({ id: bodyAliases.id, alias: bodyAliases.alias })
    .from(bodyAliases)
    .where(eq(bodyAliases.bodyId, bodyId))
    .orderBy(asc(bodyAliases.createdAt), asc(bodyAliases.alias));
}

/** Spaces are tidied; the body's own names and a spelling it has already are refused. */
export async function addBodyAlias(db: Db, bodyId: string, raw: string): Promise<void> {
  const alias = raw.trim().replace(/\s+/gu, ' ');
  const body = await db
    .select({ name: bodies.name, shortName: bodies.shortName })
    .from(bodies)
    .where(eq(bodies.id, bodyId))
    .then(firstRow);
  if (!body) throw appError('body_not_found');
  const taken = [
    body.name,
    body.shortName,
    ...(await listBodyAliases(db, bodyId)).map((a) => a.alias),
  ];
  if (taken.some((name) => name.toLowerCase() === alias.toLowerCase()))
    throw appError('alias_exists');
  await db.insert(bodyAliases).values({ id: randomUUID(), bodyId, alias });
}

export async function removeBodyAlias(db: Db, bodyId: string, aliasId: string): Promise<void> {
  const removed = await db
    .delete(bodyAliases)
    .where(and(eq(bodyAliases.bodyId, bodyId), eq(bodyAliases.id, aliasId)))
    .returning({ id: bodyAliases.id });
  if (removed.length === 0) throw appError('alias_not_found');
}
