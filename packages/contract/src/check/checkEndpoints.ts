import { z } from 'zod';
import { CHECK_RULES, type CheckRuleId, type Finding } from '@anteckna/doc-schema';
import { endpoint } from '../http/endpoint.ts';
import { ErrorSchema } from '../http/errorSchema.ts';
import { MeetingParams } from '../http/pathParams.ts';
import { sameShape } from '../sameShape.ts';

const RULE_IDS = Object.keys(CHECK_RULES) as [CheckRuleId, ...CheckRuleId[]];

/** One finding of the mistake check (SPEC "The mistake check" of @anteckna/doc-schema). */
export const CheckFindingSchema = z
  .object({
    rule: z.enum(RULE_IDS).meta({ description: 'Stable rule id (CHECK_RULES, SPEC K1–K16)' }),
    severity: z.enum(['error', 'warning']),
    itemId: z
      .string()
      .nullable()
      .meta({ description: 'The item; null for header, attendance, notes' }),
    text: z.string().meta({ description: 'The offending text quoted as written' }),
    message: z.string().meta({ description: 'In the language of Accept-Language (sv or en)' }),
  })
  .meta({ id: 'CheckFinding' });

// What the server sends is what doc-schema's checkMinutes returns.
sameShape<z.output<typeof CheckFindingSchema>, Finding>(true);

export const CheckResultSchema = z
  .object({ findings: z.array(CheckFindingSchema) })
  .meta({ id: 'CheckResult' });
export type CheckResult = z.output<typeof CheckResultSchema>;

/**
 * Rule ids of the check's warnings a move goes ahead despite ("circulate anyway"). Any string is
 * let through here so that an unknown id gets its own answer (400 `unknown_check_rule`).
 */
export const AcknowledgedWarningsSchema = z
  .array(z.string().min(1).max(64))
  .max(RULE_IDS.length * 2)
  .optional()
  .meta({ description: 'Rule ids of the warnings acknowledged ("circulate anyway")' });

/** 409 `check_failed` / `check_warnings_unacknowledged`: the findings beside the error. */
export const CheckRefusedSchema = ErrorSchema.extend({
  findings: z.array(CheckFindingSchema),
}).meta({
  id: 'CheckRefused',
});
export type CheckRefused = z.output<typeof CheckRefusedSchema>;

/** The mistake check run by the server on the minutes as they stand. */
export const checkEndpoint = endpoint({
  method: 'get',
  path: '/api/meetings/{id}/check',
  params: MeetingParams,
  response: CheckResultSchema,
});
