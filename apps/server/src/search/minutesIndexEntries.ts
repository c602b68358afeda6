import { blocksText, type AgendaItem, type MinutesModel } from '@anteckna/doc-schema';

/** One searchable row: an agenda item, or (itemId null) the meeting's header and attendance. */
export interface SearchEntry {
  itemId: string | null;
  itemNumber: string;
  itemTitle: string;
  /** Part of the public rendering once the minutes are locked. */
  public: boolean;
  carriedFromMeetingId: string | null;
  carriedFromItemId: string | null;
  title: string;
  body: string;
  decision: string;
  attachments: string;
  attendance: string;
}

/** One decision clause as the registers list it. */
export interface RegisterEntry {
  itemId: string;
  itemNumber: string;
  itemTitle: string;
  position: number;
  type: string;
  text: string;
  target: string | null;
  due: string | null;
  personId: string | null;
  role: string | null;
  termFrom: string | null;
  termTo: string | null;
}

const lines = (parts: Array<string | undefined>) => parts.filter(Boolean).join('\n');

/**
 * What search indexes of one meeting's minutes. An item's internal attachments get a row of
 * their own that is never public, so the public search cannot find them, not even through the
 * snippet of an item that is itself public.
 */
export function searchEntries(model: MinutesModel): SearchEntry[] {
  const internalIds = new Set(model.items.filter((item) => item.internal).map((item) => item.id));
  const isPublic = (item: AgendaItem) =>
    !item.internal && !(item.parentId !== null && internalIds.has(item.parentId));
  const attachmentNames = (item: AgendaItem, internal: boolean) =>
    lines(
      item.attachments
        .filter((a) => a.internal === internal)
        .map((a) => `${a.label} ${a.fileName}`),
    );
  const meetingRow: SearchEntry = {
    itemId: null,
    itemNumber: '',
    itemTitle: '',
    public: true,
    carriedFromMeetingId: null,
    carriedFromItemId: null,
    title: lines([model.meeting.title, model.meeting.bodyName]),
    body: lines([model.meeting.place, model.meeting.registryNumber]),
    decision: '',
    attachments: '',
    attendance: lines(
      model.attendance.flatMap((group) =>
        group.people.map((p) =>
          [p.name, p.title, p.organisation, p.actingFor].filter(Boolean).join(', '),
        ),
      ),
    ),
  };
  const itemRows = model.items.flatMap((item): SearchEntry[] => {
    const row: SearchEntry = {
      itemId: item.id,
      itemNumber: item.number,
      itemTitle: item.title,
      public: isPublic(item),
      carriedFromMeetingId: item.carriedFrom?.meetingId ?? null,
      carriedFromItemId: item.carriedFrom?.itemId ?? null,
      title: item.title,
      body: lines([blocksText(item.body), blocksText(item.proposal)]),
      decision: lines(item.decision.map((clause) => lines([`att ${clause.text}`, clause.target]))),
      attachments: attachmentNames(item, false),
      attendance: lines(item.presenters.map((p) => [p.name, p.organisation].join(', '))),
    };
    const internalAttachments = attachmentNames(item, true);
    if (!internalAttachments) return [row];
    return [row, { ...emptyText(row), public: false, attachments: internalAttachments }];
  });
  return [meetingRow, ...itemRows];
}

function emptyText(row: SearchEntry): SearchEntry {
  return { ...row, title: '', body: '', decision: '', attachments: '', attendance: '' };
}

/** Every decision clause of the minutes, in item order. */
export function registerEntries(model: MinutesModel): RegisterEntry[] {
  return model.items.flatMap((item) =>
    item.decision.map((clause, position) => ({
      itemId: item.id,
      itemNumber: item.number,
      itemTitle: item.title,
      position,
      type: clause.type,
      text: clause.text,
      target: clause.target ?? null,
      due: clause.due ?? null,
      // An election's role and term (SPEC rule V1), for the register of roles.
      personId: clause.personId ?? null,
      role: clause.role ?? null,
      termFrom: clause.termFrom ?? null,
      termTo: clause.termTo ?? null,
    })),
  );
}
