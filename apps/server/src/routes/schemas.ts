import { z } from '@hono/zod-openapi';
import { PHASES } from '@anteckna/domain';
import { CHECK_RULES, type CheckRuleId } from '@anteckna/doc-schema';

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

/** `:id` of a meeting in a path. */
export const MeetingIdParams = z.object({
  id: z
    .string()
    .min(1)
    .max(64)
    .openapi({ param: { name: 'id', in: 'path' } }),
});

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

/** One finding of the mistake check (SPEC "The mistake check" of @anteckna/doc-schema). */
export const FindingSchema = z
  .object({
    rule: z
      .enum(Object.keys(CHECK_RULES) as [CheckRuleId, ...CheckRuleId[]])
      .openapi({ description: 'Stable rule id (SPEC "The mistake check")' }),
    severity: z.enum(['error', 'warning']),
    itemId: z.string().nullable(),
    text: z.string().openapi({ description: 'The offending text quoted as written' }),
    message: z.string().openapi({ description: 'In the language of Accept-Language (sv or en)' }),
  })
  .openapi('Finding');

/**
 * Rule ids of the check's warnings a move goes ahead despite. Checked against the rules in the
 * handler, so an unknown id gets its own error (400 `unknown_check_rule`).
 */
export const AcknowledgedWarningsSchema = z
  .array(z.string().min(1).max(64))
  .max(Object.keys(CHECK_RULES).length * 2)
  .optional()
  .openapi({ description: 'Rule ids of the warnings acknowledged ("circulate anyway")' });

/** 409 `check_failed` / `check_warnings_unacknowledged`: the findings beside the error. */
export const CheckRefusedSchema = ErrorSchema.extend({ findings: z.array(FindingSchema) }).openapi(
  'CheckRefused',
);

export const checkRefusedResponse = {
  409: {
    description:
      'Refused: an illegal move, or the check found an error (`check_failed`) or an unacknowledged warning; nothing changed',
    content: { 'application/json': { schema: CheckRefusedSchema.partial({ findings: true }) } },
  },
};

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
