import { randomUUID } from 'node:crypto';
import {
  addAgendaItem,
  attendanceMap,
  COUNTY_NETWORK_ORGANISATIONS,
  itemFragment,
  readAgendaRecords,
  setAttendance,
  setSecondSession,
  updateAgendaItem,
  writeDecisionClauses,
  type AgendaItemInput,
  type AttendanceInput,
  type PersonRef,
} from '@anteckna/doc-schema';
import { count } from 'drizzle-orm';
import type { AppDeps } from '../appDeps.ts';
import { storeAttachment } from '../attachments/attachmentStore.ts';
import { hashPassword } from '../auth/password.ts';
import { SERVER_ORIGIN } from '../collab/room.ts';
import { withStartupLock } from '../db/startupLock.ts';
import { bodies, memberships, users } from '../db/schema.ts';
import { approvePreviousMinutes } from '../lifecycle/approvePreviousMinutes.ts';
import { movePhase } from '../lifecycle/movePhase.ts';
import { createMeeting } from '../meetings/createMeeting.ts';
import { findMeetingAccess } from '../meetings/meetingAccess.ts';
import { planYear } from '../meetings/planYear.ts';
import { taskRegister } from '../registers/taskRegister.ts';
import { updateTask } from '../registers/updateTask.ts';
import { decemberItems, octoberItems, presenter, septemberItems } from './demoContent.ts';
import { demoAttachmentPdf } from './demoPdf.ts';
import { DEMO_PASSWORD, DEMO_PEOPLE } from './demoPeople.ts';

export { DEMO_LOGINS, DEMO_PASSWORD } from './demoPeople.ts';

const ORGANISATIONS = [...COUNTY_NETWORK_ORGANISATIONS];

/**
 * Seeds the demo body into an empty database (CONTRACT "Demo data"): a meeting locked by the
 * next one's approval, one circulated, one in preparation with standing items, sub-items, items
 * of each demo presenter and numbered attachments; and a second body that receives a forwarded
 * item. Everything goes through the same services the app uses. Returns false if not empty.
 */
export async function seedDemoData(deps: AppDeps): Promise<boolean> {
  // Another process starting at the same time on an empty database seeds it once, not twice.
  return withStartupLock(deps.db, async () => {
    const [existing] = await deps.db.select({ n: count() }).from(users);
    if ((existing?.n ?? 0) > 0) return false;
    await seed(deps);
    return true;
  });
}

async function seed(deps: AppDeps): Promise<void> {
  const passwordHash = await hashPassword(DEMO_PASSWORD);
  const ids = new Map<string, string>();
  for (const person of DEMO_PEOPLE) {
    const id = randomUUID();
    ids.set(person.key, id);
    await deps.db.insert(users).values({
      id,
      email: person.email,
      name: person.name,
      title: person.title,
      organisation: person.organisation,
      passwordHash,
    });
  }
  const userId = (key: string) => ids.get(key)!;
  const lchnv = randomUUID();
  const welfare = randomUUID();
  await deps.db.insert(bodies).values({
    id: lchnv,
    name: 'Länsnätverket för förvaltningschefer',
    shortName: 'LCHNV',
    organisation: 'RSS Dalarna (Avdelningen för Hälsa och välfärd)',
    organisationLines: ['Ledningsstöd och strategi', 'Hälso- och sjukvårdsförvaltningen'],
    memberOrganisations: ORGANISATIONS,
  });
  await deps.db.insert(bodies).values({
    id: welfare,
    name: 'Välfärdsrådet Dalarna',
    shortName: 'Välfärdsrådet',
    organisation: 'Region Dalarna',
    organisationLines: ['Välfärdsrådet'],
    memberOrganisations: ORGANISATIONS,
  });
  for (const person of DEMO_PEOPLE) {
    if (!person.role) continue;
    await deps.db.insert(memberships).values({
      bodyId: lchnv,
      userId: userId(person.key),
      role: person.role,
      organisation: person.organisation,
    });
  }
  for (const key of ['sekreterare', 'ordforande', 'region1']) {
    const person = DEMO_PEOPLE.find((p) => p.key === key)!;
    await deps.db.insert(memberships).values({
      bodyId: welfare,
      userId: userId(key),
      role: key === 'sekreterare' ? 'secretary' : 'member',
      organisation: person.organisation,
    });
  }

  const secretary = userId('sekreterare');
  const person = (key: string): PersonRef => {
    const found = DEMO_PEOPLE.find((p) => p.key === key)!;
    return presenter(
      found,
      key.startsWith('foredragande') || key === 'rss' || key === 'region2'
        ? userId(key)
        : undefined,
    );
  };
  const access = async (meetingId: string) =>
    (await findMeetingAccess(deps.db, secretary, meetingId))!;
  const write = (meetingId: string, fn: (doc: import('yjs').Doc) => void) =>
    deps.collab.writeDoc(meetingId, (room) => room.doc.transact(() => fn(room.doc), SERVER_ORIGIN));
  const base = {
    bodyId: lchnv,
    startTime: '09.30',
    endTime: '12.00',
    place: 'Lokal Stängslet, Myntgatan 2, Falun, samt digitalt via Teams',
    mode: 'both' as const,
  };

  // September: decided, circulated, then approved by October and locked.
  const september = (
    await createMeeting(deps, secretary, {
      ...base,
      title: 'Länschefsnätverket',
      date: '2026-09-17',
      registryNumber: 'HSN 2026/1402',
    })
  ).meeting;
  await write(september.id, (doc) => {
    for (const item of septemberItems(person)) addAgendaItem(doc, item);
    decideStanding(doc);
    markAttendance(doc, ['gagnef', 'orsa'], ids);
  });
  await movePhase(deps, await access(september.id), { to: 'live' }, secretary);
  await movePhase(deps, await access(september.id), { to: 'circulated' }, secretary);
  // A correction of the circulated minutes before they are approved: Avesta's member was there
  // for item 5 only, recorded as attendance (SPEC rule P6), not as an addendum to the approval.
  await write(september.id, (doc) =>
    markPartOfMeeting(doc, ids.get('avesta')!, 'Gemensam rutin för'),
  );
  await markFirstTaskDone(deps, lchnv, september.id, secretary);

  // The forwarded SIP routine lands on Välfärdsrådet's next meeting.
  await createMeeting(deps, secretary, {
    bodyId: welfare,
    title: 'Välfärdsrådet',
    date: '2026-11-19',
    startTime: '13.00',
    endTime: '15.00',
    place: 'Regionhuset, Falun',
    registryNumber: 'RD 2026/880',
  });

  // October: approves September with an addendum, then is circulated itself.
  const october = (
    await createMeeting(deps, secretary, {
      ...base,
      title: 'Länschefsnätverket',
      date: '2026-10-22',
      registryNumber: 'HSN 2026/1655',
    })
  ).meeting;
  await write(october.id, (doc) => {
    for (const item of octoberItems(person, userId)) addAgendaItem(doc, item);
    decideStanding(doc, { skipPrevious: true });
    decideCarriedOver(doc);
    markAttendance(doc, ['malung'], ids);
  });
  await movePhase(deps, await access(october.id), { to: 'live' }, secretary);
  await approvePreviousMinutes(deps, await access(october.id), { decision: 'approve' }, secretary);
  await movePhase(deps, await access(october.id), { to: 'circulated' }, secretary);

  // December: in preparation; presenters write their own items.
  const december = (
    await createMeeting(deps, secretary, {
      ...base,
      title: 'Länschefsnätverket',
      date: '2026-12-10',
      registryNumber: 'HSN 2026/1921',
    })
  ).meeting;
  const plan = decemberItems(person);
  const attachmentFor = async (itemTitle: string, fileName: string, lines: string[]) =>
    storeAttachment(deps.db, deps.config.dataDir, {
      meetingId: december.id,
      itemId: itemTitle,
      fileName,
      mediaType: 'application/pdf',
      bytes: await demoAttachmentPdf(itemTitle, lines),
      uploadedBy: secretary,
    });
  const competence = await attachmentFor(
    'Kompetensförsörjning',
    'kompetensforsorjning-lagesbild.pdf',
    ['Lägesbild hösten 2026.', 'Underlag till Länschefsnätverket.'],
  );
  const plan1 = await attachmentFor('Handlingsplan', 'handlingsplan-suicidprevention.pdf', [
    'Länsgemensam handlingsplan för suicidprevention 2027–2030.',
  ]);
  const plan2 = await attachmentFor(
    'Handlingsplan, sammanfattning',
    'handlingsplan-sammanfattning.pdf',
    ['Sammanfattning av handlingsplanen.'],
  );
  const evaluation = await attachmentFor('Utvärdering', 'utvardering-tillnyktring.pdf', [
    'Utvärdering av tillnyktringsplatserna i Dalarnas län.',
  ]);
  await write(december.id, (doc) => {
    const parentId = addAgendaItem(doc, plan.parent);
    const [journal, competenceItem, protocol] = plan.subItems as [
      AgendaItemInput,
      AgendaItemInput,
      AgendaItemInput,
    ];
    addAgendaItem(doc, { ...journal, parentId });
    addAgendaItem(doc, { ...competenceItem, parentId, attachments: [competence] });
    addAgendaItem(doc, { ...protocol, parentId });
    const [suicide, sobering] = plan.items as [AgendaItemInput, AgendaItemInput];
    addAgendaItem(doc, { ...suicide, attachments: [plan1, plan2] });
    addAgendaItem(doc, { ...sobering, attachments: [evaluation] });
    addAgendaItem(doc, plan.late);
    // The municipalities and the region meet on their own first, as the seeds' bodies do.
    setSecondSession(doc, {
      label: 'Förmöte kommuner och region',
      startTime: '08.30',
      endTime: '09.30',
      place: 'Lilla mötesrummet, Myntgatan 2, Falun',
    });
  });
  // Next year's calendar, still planned: prepared one by one as the year goes on.
  await planYear(deps, secretary, lchnv, {
    meetings: ['2027-02-11', '2027-04-15', '2027-06-10'].map((date) => ({
      date,
      startTime: base.startTime,
      endTime: base.endTime,
      place: base.place,
      mode: base.mode,
      title: 'Länschefsnätverket',
    })),
  });
  await deps.collab.flush();
  // Searchable from the first request, not once the edits' quiet time has passed.
  await deps.search.flush();
}

/** The September task was done in time: the secretary marked it so before October. */
async function markFirstTaskDone(deps: AppDeps, bodyId: string, meetingId: string, userId: string) {
  const task = (await taskRegister(deps.db, bodyId, '2026-10-01')).find(
    (t) => t.meetingId === meetingId && t.kind === 'task',
  );
  if (task) await updateTask(deps, task, { done: true }, userId);
}

/** Opening and agenda approval decided as every meeting does; previous minutes optionally. */
function decideStanding(doc: import('yjs').Doc, options: { skipPrevious?: boolean } = {}) {
  for (const record of readAgendaRecords(doc)) {
    if (record.standing === 'opening') updateDecision(doc, record.id, 'approve', 'öppna mötet');
    if (record.standing === 'agenda_approval')
      updateDecision(doc, record.id, 'approve', 'godkänna dagordningen');
    if (record.standing === 'closing') updateDecision(doc, record.id, 'note', 'avsluta mötet');
    if (
      record.standing === 'previous_minutes' &&
      !options.skipPrevious &&
      !record.approvesMeetingId
    ) {
      updateAgendaItem(doc, record.id, { title: 'Föregående minnesanteckningar' });
    }
  }
}

/** October decides what September tabled: circulated minutes say what was decided (SPEC K10). */
function decideCarriedOver(doc: import('yjs').Doc) {
  for (const record of readAgendaRecords(doc)) {
    if (record.carriedFrom)
      updateDecision(
        doc,
        record.id,
        'approve',
        'godkänna finansieringen av länskoordinatorn för 2027, fördelad efter invånarantal',
      );
  }
}

function updateDecision(
  doc: import('yjs').Doc,
  itemId: string,
  type: 'approve' | 'note',
  text: string,
) {
  const fragment = itemFragment(doc, itemId, 'decision');
  if (fragment.length === 0) writeDecisionClauses(fragment, [{ type, text }]);
}

/** Present for the one item whose title starts so ("närvarande under punkt 5"). */
function markPartOfMeeting(doc: import('yjs').Doc, personId: string, itemTitle: string) {
  const item = readAgendaRecords(doc).find((record) => record.title.startsWith(itemTitle))!;
  const entry = attendanceMap(doc).get(personId) as AttendanceInput;
  setAttendance(doc, personId, {
    ...entry,
    status: 'present',
    fromItem: item.id,
    untilItem: item.id,
  });
}

/** Everyone present except the given keys; the Älvdalen member is acting (tf). */
function markAttendance(doc: import('yjs').Doc, absent: string[], ids: Map<string, string>) {
  const attendance = attendanceMap(doc);
  for (const [personId, value] of attendance.entries()) {
    const entry = value as AttendanceInput;
    const key = [...ids.entries()].find(([, id]) => id === personId)?.[0] ?? '';
    const status = absent.includes(key) ? 'absent' : key === 'alvdalen' ? 'acting' : 'present';
    setAttendance(doc, personId, {
      ...entry,
      status,
      actingFor: key === 'alvdalen' ? 'Lars Vik' : undefined,
      where: key === 'region1' ? 'remote' : 'room',
    });
  }
}
