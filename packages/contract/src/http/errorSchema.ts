import { z } from 'zod';

/** Every error answer: a stable id from the server's error catalogue and a message. */
export const ErrorSchema = z
  .object({
    error: z.object({
      id: z.string(),
      message: z.string(),
      details: z
        .union([
          z.array(z.object({ path: z.string(), message: z.string() })),
          z.object({
            field: z.string().optional(),
            reason: z.string().optional(),
            organisation: z.string().optional(),
            from: z.string().optional(),
            to: z.string().optional(),
            missing: z.array(z.string()).optional(),
            /** unknown_check_rule: the rule ids the check does not have. */
            rules: z.array(z.string()).optional(),
          }),
        ])
        .optional()
        .meta({
          description:
            'What was wrong: the invalid fields of invalid_request, or the facts of a refusal',
        }),
    }),
  })
  .meta({ id: 'Error' });
export type ErrorBody = z.output<typeof ErrorSchema>;
/** What an error answer may say about what was wrong; the server's errors carry only this. */
export type ErrorDetails = NonNullable<ErrorBody['error']['details']>;
