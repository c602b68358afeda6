/**
 * Other spellings of a body's name that its secretary registers ("Chefsnätverket" for the
 * network): the mistake check links them to the body and never flags them (SPEC K2).
 */
import { randomUUID } from 'node:crypto';
import { and, asc, eq } from 'drizzle-orm';
import type { Db } from '../db/openDatabase.ts';
import { bodies, bodyAliases } from '../db/schema.ts';
import { appError } from '../errors/appError.ts';

export interface BodyAlias {
  id: string;
  alias: string;
}

export function listBodyAliases(db: Db, bodyId: string): BodyAlias[] {
  return db
    .select({ id: bodyAliases.id, alias: bodyAliases.alias })
    .from(bodyAliases)
    .where(eq(bodyAliases.bodyId, bodyId))
    .orderBy(asc(bodyAliases.createdAt), asc(bodyAliases.alias))
    .all();
}

/** Spaces are tidied; the body's own names and a spelling it has already are refused. */
export function addBodyAlias(db: Db, bodyId: string, raw: string): void {
  const alias = raw.trim().replace(/\s+/gu, ' ');
  const body = db
    .select({ name: bodies.name, shortName: bodies.shortName })
    .from(bodies)
    .where(eq(bodies.id, bodyId))
    .get();
  if (!body) throw appError('body_not_found');
  const taken = [body.name, body.shortName, ...listBodyAliases(db, bodyId).map((a) => a.alias)];
  if (taken.some((name) => name.toLowerCase() === alias.toLowerCase()))
    throw appError('alias_exists');
  db.insert(bodyAliases).values({ id: randomUUID(), bodyId, alias }).run();
}

export function removeBodyAlias(db: Db, bodyId: string, aliasId: string): void {
  const removed = db
    .delete(bodyAliases)
    .where(and(eq(bodyAliases.bodyId, bodyId), eq(bodyAliases.id, aliasId)))
    .run();
  if (removed.changes === 0) throw appError('alias_not_found');
}
