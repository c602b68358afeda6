import { firstRow } from '../db/firstRow.ts';
import { randomUUID } from 'node:crypto';
import { and, eq } from 'drizzle-orm';
import { initMeetingDoc, setAttendance } from '@anteckna/doc-schema';
import type { AppDeps } from '../appDeps.ts';
import { bodies, meetings, memberships, users, vacantSeats } from '../db/schema.ts';
import { appError } from '../errors/appError.ts';
import { inheritedSignatures } from './inheritedSignatures.ts';
import { meetingHeaderOf } from './meetingHeaderOf.ts';
import { prepareAgenda } from './prepareAgenda.ts';
import { refreshUpcomingMeetings } from './upcomingMeetings.ts';

export interface CreateMeetingInput {
  bodyId: string;
  title: string;
  date: string;
  startTime?: string;
  endTime?: string;
  place?: string;
  mode?: 'room' | 'digital' | 'both';
  registryNumber?: string;
  /** `planned`: a date of the body's year, prepared (agenda links, carry-over) later. */
  phase?: 'planned' | 'preparation';
}

/**
 * A new meeting in preparation: its row, and a document with the body's header, the standing
 * items, the body's members as the attendance roster (expected present until marked absent), the link from
 * "Föregående minnesanteckningar" to the minutes it will approve, and everything carried over.
 */
export async function createMeeting(deps: AppDeps, userId: string, input: CreateMeetingInput) {
  const body = await deps.db
    .select()
    .from(bodies)
    .where(eq(bodies.id, input.bodyId))
    .then(firstRow);
  if (!body) throw appError('body_not_found');
  const role = await deps.db
    .select({ role: memberships.role })
    .from(memberships)
    .where(and(eq(memberships.bodyId, body.id), eq(memberships.userId, userId)))
    .then(firstRow);
  if (role?.role !== 'secretary') throw appError('not_secretary');

  const meeting = {
    id: randomUUID(),
    bodyId: body.id,
    title: input.title,
    date: input.date,
    startTime: normaliseTime(input.startTime ?? '09.00'),
    endTime: normaliseTime(input.endTime ?? '12.00'),
    place: input.place ?? '',
    mode: input.mode ?? 'room',
    registryNumber: input.registryNumber ?? '',
    phase: input.phase ?? 'preparation',
  };
  const roster = await deps.db
    .select({
      userId: users.id,
      name: users.name,
      title: users.title,
      organisation: memberships.organisation,
      role: memberships.role,
    })
    .from(memberships)
    .innerJoin(users, eq(users.id, memberships.userId))
    .where(eq(memberships.bodyId, body.id));
  const vacancies = await deps.db
    .select()
    .from(vacantSeats)
    .where(eq(vacantSeats.bodyId, body.id))
    .orderBy(vacantSeats.createdAt);

  const form = await inheritedSignatures(deps, body.id, meeting.id);
  await deps.db.insert(meetings).values(meeting);
  // If writing the document fails, no meeting row is left behind. (Not one transaction: the
  // room loads the meeting's row, which on Postgres it sees only once committed.)
  try {
    await deps.collab.writeDoc(meeting.id, (room) => {
      const doc = room.doc;
      doc.transact(() => {
        initMeetingDoc(
          doc,
          { ...meetingHeaderOf(body, meeting), ...form },
          body.memberOrganisations,
          {
            withStandingItems: true,
          },
        );
        for (const person of roster) {
          const organisation = body.memberOrganisations.includes(person.organisation)
            ? person.organisation
            : '';
          setAttendance(doc, person.userId, {
            name: person.name,
            title: person.title,
            organisation,
            // Members are called ("kallade"), never assumed present: the secretary marks each one
            // present, acting (tf) or absent at the meeting (SPEC rule P5).
            status: 'called',
            role:
              person.role === 'chair'
                ? 'ordförande'
                : person.role === 'secretary'
                  ? 'sekreterare'
                  : undefined,
          });
        }
        // A vacant seat is listed as "Vakant, <title>" under its organisation, never as present.
        for (const seat of vacancies) {
          setAttendance(doc, `vacant-${seat.id}`, {
            name: 'Vakant',
            title: seat.title,
            organisation: body.memberOrganisations.includes(seat.organisation)
              ? seat.organisation
              : '',
            status: 'absent',
            vacant: true,
          });
        }
      }, 'create-meeting');
    });
  } catch (error) {
    await deps.db.delete(meetings).where(eq(meetings.id, meeting.id));
    throw error;
  }
  if (meeting.phase === 'preparation') await prepareAgenda(deps, meeting, body);
  // A new date in the calendar, or a new meeting to list the calendar in (SPEC M8).
  await refreshUpcomingMeetings(deps, body.id, meeting);
  await deps.search.reindex(meeting.id);
  return { meeting: { ...meeting, createdAt: new Date().toISOString() }, body };
}

/** "9:30" and "09.30" are the same time; minutes write "09.30". */
function normaliseTime(time: string): string {
  const [h, m] = time.split(/[.:]/);
  return `${(h ?? '0').padStart(2, '0')}.${(m ?? '00').padStart(2, '0')}`;
}
