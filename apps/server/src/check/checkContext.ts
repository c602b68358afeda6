/**
 * What the mistake check needs beside the document, gathered from SQL: the body's member
 * organisations and aliases, the names of the other bodies the server knows, and the body's
 * elections in its other minutes (K32).
 */
import { ne } from 'drizzle-orm';
import type { CheckContext, CheckLanguage } from '@anteckna/doc-schema';
import type { Db } from '../db/openDatabase.ts';
import { bodies, bodyAliases } from '../db/schema.ts';
import type { BodyRow } from '../meetings/meetingAccess.ts';
import { roleRegister } from '../registers/roleRegister.ts';

export interface CheckRequest {
  language: CheckLanguage;
  /** The date of the meeting about to approve these minutes (SPEC K15). */
  approvingMeetingDate?: string;
}

export async function checkContextFor(
  db: Db,
  body: BodyRow,
  request: CheckRequest,
  meetingId: string,
): Promise<CheckContext> {
  const aliasesOf = new Map<string, string[]>();
  for (const row of await db.select().from(bodyAliases))
    aliasesOf.set(row.bodyId, [...(aliasesOf.get(row.bodyId) ?? []), row.alias]);
  const otherBodies = await db
    .select({ id: bodies.id, name: bodies.name, shortName: bodies.shortName })
    .from(bodies)
    .where(ne(bodies.id, body.id))
    .then((rows) =>
      rows.map((other) => ({
        name: other.name,
        shortName: other.shortName,
        aliases: aliasesOf.get(other.id) ?? [],
      })),
    );
  // Every election of the register, whatever its status today; the meeting's own are in its model.
  const elections = (await roleRegister(db, body.id, ''))
    .filter((election) => election.meetingId !== meetingId)
    .map(({ role, name, termFrom, termTo, meetingDate }) => ({
      role,
      name,
      termFrom,
      ...(termTo ? { termTo } : {}),
      meetingDate,
    }));
  return {
    language: request.language,
    elections,
    organisations: body.memberOrganisations,
    bodyAliases: aliasesOf.get(body.id) ?? [],
    otherBodies,
    ...(request.approvingMeetingDate === undefined
      ? {}
      : { approvingMeetingDate: request.approvingMeetingDate }),
  };
}
