/**
 * What the mistake check needs beside the document, gathered from SQL: the body's member
 * organisations and aliases, and the names of the other bodies the server knows.
 */
import { ne } from 'drizzle-orm';
import type { CheckContext, CheckLanguage } from '@anteckna/doc-schema';
import type { Db } from '../db/openDatabase.ts';
import { bodies } from '../db/schema.ts';
import { listBodyAliases } from '../bodies/bodyAliases.ts';
import type { BodyRow } from '../meetings/meetingAccess.ts';

export interface CheckRequest {
  language: CheckLanguage;
  /** The date of the meeting about to approve these minutes (SPEC K15). */
  approvingMeetingDate?: string;
}

export function checkContextFor(db: Db, body: BodyRow, request: CheckRequest): CheckContext {
  const otherBodies = db
    .select({ name: bodies.name, shortName: bodies.shortName })
    .from(bodies)
    .where(ne(bodies.id, body.id))
    .all();
  return {
    language: request.language,
    organisations: body.memberOrganisations,
    bodyAliases: listBodyAliases(db, body.id).map((alias) => alias.alias),
    otherBodies,
    ...(request.approvingMeetingDate === undefined
      ? {}
      : { approvingMeetingDate: request.approvingMeetingDate }),
  };
}
