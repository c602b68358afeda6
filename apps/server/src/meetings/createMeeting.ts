import { randomUUID } from 'node:crypto';
import { and, eq } from 'drizzle-orm';
import {
  initMeetingDoc,
  readAgendaRecords,
  setAttendance,
  updateAgendaItem,
} from '@anteckna/doc-schema';
import { formatSwedishDate } from '@anteckna/domain';
import type { AppDeps } from '../appDeps.ts';
import { bodies, meetings, memberships, users, vacantSeats } from '../db/schema.ts';
import { appError } from '../errors/appError.ts';
import { carryOverItems } from './carryOver.ts';
import { previousCirculatedMeeting } from './previousMeeting.ts';

export interface CreateMeetingInput {
  bodyId: string;
  title: string;
  date: string;
  startTime?: string;
  endTime?: string;
  place?: string;
  mode?: 'room' | 'digital' | 'both';
  registryNumber?: string;
}

/**
 * A new meeting in preparation: its row, and a document with the body's header, the standing
 * items, the body's members as the attendance roster (expected present until marked absent), the link from
 * "Föregående minnesanteckningar" to the minutes it will approve, and everything carried over.
 */
export function createMeeting(deps: AppDeps, userId: string, input: CreateMeetingInput) {
  const body = deps.db.select().from(bodies).where(eq(bodies.id, input.bodyId)).get();
  if (!body) throw appError('body_not_found');
  const role = deps.db
    .select({ role: memberships.role })
    .from(memberships)
    .where(and(eq(memberships.bodyId, body.id), eq(memberships.userId, userId)))
    .get();
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
    phase: 'preparation' as const,
  };
  const previous = previousCirculatedMeeting(deps.db, body.id, input.date);
  const roster = deps.db
    .select({
      userId: users.id,
      name: users.name,
      title: users.title,
      organisation: memberships.organisation,
      role: memberships.role,
    })
    .from(memberships)
    .innerJoin(users, eq(users.id, memberships.userId))
    .where(eq(memberships.bodyId, body.id))
    .all();
  const vacancies = deps.db
    .select()
    .from(vacantSeats)
    .where(eq(vacantSeats.bodyId, body.id))
    .orderBy(vacantSeats.createdAt)
    .all();

  // One transaction: if writing the document fails, no meeting row is left behind.
  deps.db.transaction(() => {
    deps.db.insert(meetings).values(meeting).run();
    deps.collab.writeDoc(meeting.id, (room) => {
      const doc = room.doc;
      doc.transact(() => {
        initMeetingDoc(
          doc,
          {
            bodyName: body.name,
            bodyShortName: body.shortName,
            organisationLines: [body.organisation, ...body.organisationLines],
            title: meeting.title,
            date: meeting.date,
            documentDate: meeting.date,
            startTime: meeting.startTime,
            endTime: meeting.endTime,
            place: meeting.place,
            mode: meeting.mode,
            registryNumber: meeting.registryNumber,
            phase: meeting.phase,
          },
          body.memberOrganisations,
          { withStandingItems: true },
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
        const previousItem = readAgendaRecords(doc).find((r) => r.standing === 'previous_minutes');
        if (previousItem && previous) {
          updateAgendaItem(doc, previousItem.id, {
            approvesMeetingId: previous.id,
            // The minutes read "Föregående minnesanteckningar 22 oktober 2026", as the reference documents do.
            title: `Föregående minnesanteckningar ${formatSwedishDate(previous.date)}`,
          });
        }
      }, 'create-meeting');
    });
  });
  carryOverItems(deps, { ...meeting }, body);
  return { meeting: { ...meeting, createdAt: new Date().toISOString() }, body };
}

/** "9:30" and "09.30" are the same time; minutes write "09.30". */
function normaliseTime(time: string): string {
  const [h, m] = time.split(/[.:]/);
  return `${(h ?? '0').padStart(2, '0')}.${(m ?? '00').padStart(2, '0')}`;
}
