/**
 * The read model of @anteckna/doc-schema (`MinutesModel`, what `readMinutes` returns) as zod, so
 * that the OpenAPI document describes the minutes field by field. The TypeScript types in
 * doc-schema stay the source the readers and renderers are written against; `sameShape` below
 * makes the typecheck fail the moment the two disagree.
 */
import { z } from 'zod';
import { PHASES } from '@anteckna/domain';
import {
  CLAUSE_TYPES,
  ITEM_KINDS,
  ITEM_STATUSES,
  STANDING_ITEMS,
  type Attachment,
  type AgendaItem,
  type AttendanceEntry,
  type Block,
  type DecisionClause,
  type MeetingHeader,
  type MinutesModel,
  type PersonRef,
  type StoredAttachment,
  type TextRun,
} from '@anteckna/doc-schema';
import { sameShape } from '../sameShape.ts';

export const PhaseSchema = z.enum(PHASES).meta({ id: 'Phase' });
export const MeetingModeSchema = z.enum(['room', 'digital', 'both']).meta({ id: 'MeetingMode' });

export const TextRunSchema = z
  .object({
    text: z.string(),
    bold: z.boolean().optional(),
    italic: z.boolean().optional(),
    strike: z.boolean().optional(),
    underline: z.boolean().optional(),
    code: z.boolean().optional(),
    link: z.string().optional().meta({ description: "The link's address, when the run is a link" }),
  })
  .meta({ id: 'TextRun' });

export const BlockSchema: z.ZodType<Block> = z
  .lazy(() =>
    z.union([
      z.object({ type: z.literal('paragraph'), runs: z.array(TextRunSchema) }),
      z.object({
        type: z.literal('heading'),
        level: z.number().int(),
        runs: z.array(TextRunSchema),
      }),
      z.object({
        type: z.enum(['bulletList', 'orderedList']),
        items: z.array(z.array(BlockSchema)),
      }),
      z.object({ type: z.literal('blockquote'), blocks: z.array(BlockSchema) }),
    ]),
  )
  .meta({ id: 'Block', description: 'A block of rich text as TipTap writes it' });

export const PersonRefSchema = z
  .object({
    userId: z.string().optional(),
    name: z.string(),
    title: z.string().optional(),
    organisation: z.string().optional(),
  })
  .meta({ id: 'PersonRef' });

export const DecisionClauseSchema = z
  .object({
    type: z.enum(CLAUSE_TYPES),
    text: z.string().meta({ description: 'The clause text without the leading "att"' }),
    target: z.string().optional(),
    due: z.string().optional().meta({
      description:
        'ISO date, the one follow-up date: a task’s deadline, a forward’s report-back date (SPEC U1, U2)',
    }),
    personId: z.string().optional().meta({
      description: 'For elect: the elected person’s id, when a person of the body (SPEC V1)',
    }),
    role: z
      .string()
      .optional()
      .meta({ description: 'For elect: the role, "ordförande", "vice ordförande" or as written' }),
    termFrom: z.string().optional().meta({ description: 'For elect: first day of the term (ISO)' }),
    termTo: z.string().optional().meta({ description: 'For elect: last day of the term (ISO)' }),
  })
  .meta({ id: 'DecisionClause' });

export const AttachmentSchema = z
  .object({
    id: z.string(),
    number: z.string().meta({ description: '"9", "18a": numbered through the meeting (SPEC A8)' }),
    label: z.string(),
    fileName: z.string(),
    sha256: z.string(),
    size: z.number().int(),
    mediaType: z.string(),
    internal: z.boolean(),
    joinsPrevious: z.boolean().optional(),
    notUploaded: z.boolean().optional().meta({
      description: 'A reference of imported minutes whose file was never uploaded (SPEC A8)',
    }),
  })
  .meta({ id: 'Attachment' });

/** An attachment as the item stores it: the number and label are derived when read. */
export const StoredAttachmentSchema = AttachmentSchema.omit({ number: true, label: true }).meta({
  id: 'StoredAttachment',
});

export const AgendaItemSchema = z
  .object({
    id: z.string(),
    parentId: z.string().nullable(),
    number: z.string().meta({ description: '"4", "4 a": derived from order (SPEC A3)' }),
    depth: z.union([z.literal(0), z.literal(1)]),
    kind: z.enum(ITEM_KINDS),
    title: z.string(),
    standing: z.enum(STANDING_ITEMS).nullable(),
    late: z.boolean(),
    status: z.enum(ITEM_STATUSES),
    internal: z.boolean(),
    presenterIds: z.array(z.string()),
    presenters: z.array(PersonRefSchema),
    attachments: z.array(AttachmentSchema),
    body: z.array(BlockSchema),
    proposal: z.array(BlockSchema),
    decision: z.array(DecisionClauseSchema),
    carriedFrom: z
      .object({
        meetingId: z.string(),
        itemId: z.string(),
        bodyName: z.string(),
        date: z.string(),
      })
      .optional(),
    approvesMeetingId: z.string().optional(),
  })
  .meta({ id: 'AgendaItem' });

export const AttendanceStatusSchema = z.enum(['called', 'present', 'absent', 'acting']);

export const AttendanceEntrySchema = z
  .object({
    personId: z.string(),
    name: z.string(),
    title: z.string().optional(),
    organisation: z.string(),
    /** `called` ("kallad"): not yet marked; nobody is assumed present (SPEC rule P5). */
    status: AttendanceStatusSchema,
    actingFor: z.string().optional(),
    where: z.enum(['room', 'remote']).optional(),
    role: z.string().optional(),
    vacant: z.boolean().optional(),
    order: z.number().optional(),
    /** Part of the meeting (SPEC rule P6): the first and last item ids the person was there for. */
    fromItem: z.string().optional(),
    untilItem: z.string().optional(),
  })
  .meta({ id: 'AttendanceEntry' });

export const SignerSchema = z
  .object({ name: z.string(), personId: z.string().optional() })
  .meta({ id: 'Signer' });

export const SignatureBlockSchema = z
  .object({
    place: z.string(),
    date: z.string().optional(),
    secretary: SignerSchema.nullable().meta({ description: '"Vid protokollet"' }),
    chair: SignerSchema.nullable().meta({ description: '"Justeras": the chair' }),
    adjusters: z.array(SignerSchema).meta({ description: '"Justeras": the adjusters' }),
  })
  .meta({
    id: 'SignatureBlock',
    description: 'Minutes that are a protocol: who signs, where and when (SPEC S1)',
  });

export const SecondSessionSchema = z
  .object({
    label: z.string().meta({ description: '"Förmöte", or the secretary’s own words' }),
    date: z.string().meta({ description: 'ISO date; the meeting’s own when on the same day' }),
    startTime: z.string().meta({ description: '"08.30"' }),
    endTime: z.string(),
    place: z.string().meta({ description: 'Empty: the meeting’s own place' }),
  })
  .meta({ id: 'SecondSession', description: 'A meeting’s second time and place (SPEC M7)' });

export const UpcomingMeetingSchema = z
  .object({
    date: z.string(),
    startTime: z.string(),
    endTime: z.string(),
    place: z.string(),
    mode: MeetingModeSchema,
  })
  .meta({ id: 'UpcomingMeeting', description: 'A planned meeting of the body (SPEC M8)' });

export const MeetingHeaderSchema = z
  .object({
    bodyName: z.string(),
    bodyShortName: z.string(),
    organisationLines: z.array(z.string()),
    title: z.string(),
    date: z.string(),
    documentDate: z.string(),
    startTime: z.string(),
    endTime: z.string(),
    place: z.string(),
    mode: MeetingModeSchema,
    registryNumber: z.string(),
    phase: PhaseSchema,
    attendanceStyle: z.enum(['table', 'list']),
    notes: z.string(),
    firstAttachmentNumber: z.number().int().optional(),
    signatures: SignatureBlockSchema.optional(),
    importedFrom: z
      .object({
        fileName: z.string(),
        sha256: z.string(),
        format: z.string(),
        importedAt: z.string(),
      })
      .optional()
      .meta({ description: 'Minutes brought in from a legacy file (SPEC M6)' }),
    secondSession: SecondSessionSchema.optional(),
    upcomingMeetings: z.array(UpcomingMeetingSchema).optional().meta({
      description:
        'The body’s meetings planned after this one, as the calendar section lists them (SPEC M8)',
    }),
  })
  .meta({ id: 'MeetingHeader' });

export const MinutesSchema = z
  .object({
    schemaVersion: z
      .union([z.literal(1), z.literal(2)])
      .meta({ description: 'The version the document is written in (SPEC D3)' }),
    meeting: MeetingHeaderSchema,
    organisations: z.array(z.string()),
    attendance: z.array(
      z
        .object({ organisation: z.string(), people: z.array(AttendanceEntrySchema) })
        .meta({ id: 'OrganisationAttendance' }),
    ),
    notRepresented: z.array(z.string()),
    items: z.array(AgendaItemSchema),
    approval: z
      .object({
        approvedAt: z.string(),
        approvedByMeetingId: z.string(),
        approvedByMeetingDate: z.string(),
        addendum: z.string().nullable(),
        sha256: z.string().nullable(),
      })
      .meta({ id: 'Approval' })
      .nullable(),
  })
  .meta({
    id: 'Minutes',
    description: 'The read model of one meeting document (readMinutes of @anteckna/doc-schema)',
  });

// The typecheck fails here when the read model and its schema drift apart.
sameShape<z.output<typeof TextRunSchema>, TextRun>(true);
sameShape<z.output<typeof PersonRefSchema>, PersonRef>(true);
sameShape<z.output<typeof DecisionClauseSchema>, DecisionClause>(true);
sameShape<z.output<typeof AttachmentSchema>, Attachment>(true);
sameShape<z.output<typeof StoredAttachmentSchema>, StoredAttachment>(true);
sameShape<z.output<typeof AgendaItemSchema>, AgendaItem>(true);
sameShape<z.output<typeof AttendanceEntrySchema>, AttendanceEntry>(true);
sameShape<z.output<typeof MeetingHeaderSchema>, MeetingHeader>(true);
sameShape<z.output<typeof MinutesSchema>, MinutesModel>(true);
