import { z } from 'zod';
import { endpoint } from '../http/endpoint.ts';
import { pathId } from '../http/pathParams.ts';
import { CreateMeetingRequestSchema, MeetingSummarySchema } from '../meetings/meetingEndpoints.ts';

const BodyParams = z.object({ id: pathId() });

/** One date of the body's year: the day, and optionally its times, place and title. */
export const PlannedMeetingSchema = CreateMeetingRequestSchema.pick({
  date: true,
  startTime: true,
  endTime: true,
  place: true,
  mode: true,
})
  .extend({ title: z.string().trim().min(1).max(200).optional() })
  .meta({ id: 'PlannedMeeting' });

export const PlanYearRequestSchema = z
  .object({ meetings: z.array(PlannedMeetingSchema).min(1).max(40) })
  .meta({ id: 'PlanYearRequest' });
export type PlanYearRequest = z.input<typeof PlanYearRequestSchema>;

/**
 * The body's year: the secretary enters the dates, times and places of its coming meetings,
 * each created in phase `planned`.
 */
export const planYearEndpoint = endpoint({
  method: 'post',
  path: '/api/bodies/{id}/calendar',
  params: BodyParams,
  body: PlanYearRequestSchema,
  response: z.object({ meetings: z.array(MeetingSummarySchema) }),
});

/** Every meeting of the body as an iCalendar file to subscribe to; public, no login. */
export const publicCalendarEndpoint = endpoint({
  method: 'get',
  path: '/api/public/bodies/{id}/calendar.ics',
  params: BodyParams,
});
