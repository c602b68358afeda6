import { CLAUSE_TYPES } from '@anteckna/doc-schema';
import { z } from 'zod';
import { endpoint } from '../http/endpoint.ts';
import { pathId } from '../http/pathParams.ts';

export const BodyParams = z.object({ id: pathId() });

/** One clause of the body's minutes: meeting, item, and its place in the item's decision. */
export const ClauseKeyParams = z.object({
  id: pathId(),
  meetingId: pathId(),
  itemId: pathId(),
  position: z.coerce.number().int().min(0).max(999),
});

/**
 * In a change sent from a register: the clause's words as the register showed them. The clause
 * is then found by them, wherever the minutes have moved it since the register was read, and a
 * clause removed or rewritten since is refused (409 `unknown_clause`) instead of another clause
 * taking the change.
 */
export const SHOWN_CLAUSE = {
  text: z
    .string()
    .max(10_000)
    .optional()
    .meta({ description: 'The clause as the register showed it (its `text`), to find it by' }),
};

export const DecisionFilterSchema = z.object({
  year: z.coerce
    .number()
    .int()
    .min(1900)
    .max(2200)
    .optional()
    .meta({ description: 'The year of the meeting' }),
  type: z.enum(CLAUSE_TYPES).optional().meta({ description: 'The clause type' }),
  target: z
    .string()
    .max(200)
    .optional()
    .meta({ description: 'The receiving body (forward), or who (task, election)' }),
});

/** Where a clause of a register stands: its meeting (circulated or approved) and item. */
export const CLAUSE_SOURCE = {
  meetingId: z.string(),
  meetingDate: z.string(),
  meetingTitle: z.string(),
  phase: z.enum(['circulated', 'locked']),
  itemId: z.string(),
  itemNumber: z.string(),
  itemTitle: z.string(),
};

export const DecisionEntrySchema = z
  .object({
    ...CLAUSE_SOURCE,
    type: z.enum(CLAUSE_TYPES),
    text: z.string().meta({ description: 'Without the leading "att"' }),
    target: z.string().optional(),
  })
  .meta({ id: 'DecisionEntry' });
export type DecisionEntry = z.output<typeof DecisionEntrySchema>;

export const DecisionRegisterSchema = z
  .object({ decisions: z.array(DecisionEntrySchema) })
  .meta({ id: 'DecisionRegister' });
export type DecisionRegister = z.output<typeof DecisionRegisterSchema>;

/**
 * The decision register: every clause of the body's circulated and approved minutes, newest
 * first; 404 for a body the session may not read.
 */
export const decisionRegisterEndpoint = endpoint({
  method: 'get',
  path: '/api/bodies/{id}/decisions',
  params: BodyParams,
  query: DecisionFilterSchema,
  response: DecisionRegisterSchema,
});

/** The same register and filters as a CSV file (semicolons, UTF-8 with BOM). */
export const decisionRegisterCsvEndpoint = endpoint({
  method: 'get',
  path: '/api/bodies/{id}/decisions.csv',
  params: BodyParams,
  query: DecisionFilterSchema,
});

export const TASK_STATUSES = ['open', 'done', 'overdue'] as const;

export const TaskEntrySchema = z
  .object({
    kind: z.enum(['task', 'forward']),
    meetingId: z.string(),
    meetingDate: z.string(),
    meetingTitle: z.string(),
    itemId: z.string(),
    itemNumber: z.string(),
    itemTitle: z.string(),
    position: z.number().meta({ description: "The clause's place in the item's decision" }),
    text: z.string(),
    target: z
      .string()
      .optional()
      .meta({ description: 'Who is responsible for a task; the receiving body of a forward' }),
    due: z.string().optional(),
    status: z.enum(TASK_STATUSES),
    doneAt: z.string().optional(),
    takenUp: z
      .object({
        bodyId: z.string(),
        bodyName: z.string(),
        meetingId: z.string(),
        meetingDate: z.string(),
        phase: z.string(),
        itemId: z.string(),
        decisions: z.array(
          z.object({ type: z.string(), text: z.string(), target: z.string().optional() }),
        ),
      })
      .optional()
      .meta({ description: 'Where a forward went, and what the receiving body decided' }),
  })
  .meta({ id: 'TaskEntry' });
export type TaskEntry = z.output<typeof TaskEntrySchema>;

export const TaskRegisterSchema = z
  .object({ tasks: z.array(TaskEntrySchema) })
  .meta({ id: 'TaskRegister' });
export type TaskRegister = z.output<typeof TaskRegisterSchema>;

/** The body's tasks and forwards, open, done or overdue, soonest due first. */
export const taskRegisterEndpoint = endpoint({
  method: 'get',
  path: '/api/bodies/{id}/tasks',
  params: BodyParams,
  response: TaskRegisterSchema,
});

export const TaskUpdateSchema = z
  .object({
    done: z.boolean().optional(),
    due: z
      .string()
      .regex(/^\d{4}-\d{2}-\d{2}$/, 'YYYY-MM-DD')
      .nullable()
      .optional(),
    ...SHOWN_CLAUSE,
  })
  .meta({ id: 'TaskUpdate' });

/**
 * Marks a task done (or open again), or moves its date while the minutes are not locked;
 * answers the register.
 */
export const updateTaskEndpoint = endpoint({
  method: 'patch',
  path: '/api/bodies/{id}/tasks/{meetingId}/{itemId}/{position}',
  params: ClauseKeyParams,
  body: TaskUpdateSchema,
  response: TaskRegisterSchema,
});
