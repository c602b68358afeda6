import { z } from '@hono/zod-openapi';
import { PHASES } from '@anteckna/domain';

/** Request and response schemas shared by the route definitions (and so by the OpenAPI doc). */
export const ErrorSchema = z
  .object({
    error: z.object({ id: z.string(), message: z.string(), details: z.unknown().optional() }),
  })
  .openapi('Error');

export const UserSchema = z
  .object({
    id: z.string(),
    email: z.string(),
    name: z.string(),
    title: z.string(),
    organisation: z.string(),
    locale: z.enum(['sv', 'en']),
  })
  .openapi('User');

export const PhaseSchema = z.enum(PHASES).openapi('Phase');

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
    mode: z.enum(['room', 'digital', 'both']),
    registryNumber: z.string(),
    phase: PhaseSchema,
  })
  .openapi('MeetingSummary');

export function errorResponses(...statuses: number[]) {
  return Object.fromEntries(
    statuses.map((status) => [
      status,
      { description: 'Error', content: { 'application/json': { schema: ErrorSchema } } },
    ]),
  );
}

export function publicUser(user: {
  id: string;
  email: string;
  name: string;
  title: string;
  organisation: string;
  locale: 'sv' | 'en';
}) {
  return {
    id: user.id,
    email: user.email,
    name: user.name,
    title: user.title,
    organisation: user.organisation,
    locale: user.locale,
  };
}

/** One finding of an import or of the mistake check (docs/import.md). */
export const FindingSchema = z
  .object({
    rule: z.string(),
    severity: z.enum(['error', 'warning', 'info']),
    itemId: z.string().optional(),
    text: z.string(),
    message: z.string(),
    line: z.number().int().optional(),
  })
  .openapi('Finding');

export const ImportedMinutesSchema = z
  .object({
    meetingId: z.string(),
    phase: z.enum(['circulated', 'locked']),
    findings: z.array(FindingSchema),
  })
  .openapi('ImportedMinutes');

export const ImportDryRunSchema = z
  .object({
    /** The read model of the minutes the import would create (packages/doc-schema). */
    minutes: z.record(z.string(), z.unknown()),
    findings: z.array(FindingSchema),
    /** Every line of the source with what became of it. */
    lines: z.array(
      z.object({
        n: z.number().int(),
        text: z.string(),
        role: z.string(),
        itemId: z.string().optional(),
      }),
    ),
  })
  .openapi('ImportDryRun');
