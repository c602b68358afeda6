import { z } from 'zod';
import { BODY_ROLES } from '@anteckna/domain';
import { endpoint } from '../http/endpoint.ts';
import { MeetingParams } from '../http/pathParams.ts';
import { AcknowledgedWarningsSchema } from '../check/checkEndpoints.ts';
import {
  MeetingModeSchema,
  MinutesSchema,
  PhaseSchema,
  SecondSessionSchema,
} from '../minutes/minutesSchema.ts';

export const MeetingSummarySchema = z
  .object({
    id: z.string(),
    bodyId: z.string(),
    bodyName: z.string(),
    bodyShortName: z.string(),
    title: z.string(),
    date: z.string(),
    startTime: z.string(),
    endTime: z.string(),
    place: z.string(),
    mode: MeetingModeSchema,
    registryNumber: z.string(),
    phase: PhaseSchema,
  })
  .meta({ id: 'MeetingSummary' });
export type MeetingSummary = z.output<typeof MeetingSummarySchema>;

export const MEETING_ROLES = [...BODY_ROLES, 'presenter'] as const;
/** A person's role in one meeting: their body role, or presenter for an invited outsider. */
export type MeetingRole = (typeof MEETING_ROLES)[number];

export const MeetingAccessSchema = z
  .object({
    role: z.enum(MEETING_ROLES),
    /** The role in the meeting's body; null for invited presenters. */
    bodyRole: z.enum(BODY_ROLES).nullable(),
    userId: z.string(),
  })
  .meta({ id: 'MeetingAccess' });
export type MeetingAccess = z.output<typeof MeetingAccessSchema>;

export const MeetingDetailSchema = z
  .object({ meeting: MeetingSummarySchema, access: MeetingAccessSchema, minutes: MinutesSchema })
  .meta({ id: 'MeetingDetail' });
export type MeetingDetail = z.output<typeof MeetingDetailSchema>;

/** 09.00, 9:30: a clock time as Swedish minutes write it; 24.00 and 12.75 are not times. */
const time = z
  .string()
  .regex(/^([01]?\d|2[0-3])[.:][0-5]\d$/)
  .optional();

export const CreateMeetingRequestSchema = z
  .object({
    bodyId: z.string().min(1),
    title: z.string().trim().min(1).max(200),
    // A date of the calendar (2027-13-45 is not one), checked before anything is written.
    date: z.iso.date(),
    startTime: time,
    endTime: time,
    place: z.string().max(300).optional(),
    mode: MeetingModeSchema.optional(),
    registryNumber: z.string().max(60).optional(),
  })
  .meta({ id: 'CreateMeetingRequest' });
export type CreateMeetingRequest = z.input<typeof CreateMeetingRequestSchema>;

export const PersonOptionSchema = z
  .object({ id: z.string(), name: z.string(), title: z.string(), organisation: z.string() })
  .meta({ id: 'PersonOption' });
/** A person who can be named presenter. */
export type PersonOption = z.output<typeof PersonOptionSchema>;

export const meetingListEndpoint = endpoint({
  method: 'get',
  path: '/api/meetings',
  response: z.object({ meetings: z.array(MeetingSummarySchema) }),
});

export const createMeetingEndpoint = endpoint({
  method: 'post',
  path: '/api/meetings',
  body: CreateMeetingRequestSchema,
  response: MeetingSummarySchema,
});

export const meetingDetailEndpoint = endpoint({
  method: 'get',
  path: '/api/meetings/{id}',
  params: MeetingParams,
  response: MeetingDetailSchema,
});

export const movePhaseEndpoint = endpoint({
  method: 'post',
  path: '/api/meetings/{id}/phase',
  params: MeetingParams,
  body: z
    .object({ to: PhaseSchema, acknowledgedWarnings: AcknowledgedWarningsSchema })
    .meta({ id: 'PhaseMoveRequest' }),
  response: MeetingSummarySchema,
});

export const meetingPeopleEndpoint = endpoint({
  method: 'get',
  path: '/api/meetings/{id}/people',
  params: MeetingParams,
  response: z.object({ people: z.array(PersonOptionSchema) }),
});

/**
 * A meeting's second time and place (SPEC M7). The shapes are loose here on purpose: the
 * document's writer checks the values and answers with its own errors (`invalid_second_session`
 * naming the field, `second_session_reversed`), so there is one check, not two. Times may be
 * "9:30" or "09.30"; the date defaults to the meeting's.
 */
export const SecondSessionRequestSchema = z
  .object({
    label: z.string().max(200),
    date: z.string().max(20).optional(),
    startTime: z.string().max(10),
    endTime: z.string().max(10),
    place: z.string().max(300).optional(),
  })
  .meta({ id: 'SecondSessionRequest' });
export type SecondSessionRequest = z.input<typeof SecondSessionRequestSchema>;

/** The second time and place as the minutes hold it after the request; null once removed. */
const SecondSessionAnswerSchema = z
  .object({ secondSession: z.union([SecondSessionSchema, z.null()]) })
  .meta({ id: 'SecondSessionAnswer' });

export const setSecondSessionEndpoint = endpoint({
  method: 'post',
  path: '/api/meetings/{id}/second-session',
  params: MeetingParams,
  body: SecondSessionRequestSchema,
  response: SecondSessionAnswerSchema,
});

export const removeSecondSessionEndpoint = endpoint({
  method: 'delete',
  path: '/api/meetings/{id}/second-session',
  params: MeetingParams,
  response: SecondSessionAnswerSchema,
});
