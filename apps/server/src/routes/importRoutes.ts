import { createRoute, z } from '@hono/zod-openapi';
import type { AppDeps } from '../appDeps.ts';
import { appError } from '../errors/appError.ts';
import { importMinutes } from '../imports/importMinutes.ts';
import { newRouter } from './router.ts';
import { errorResponses, ImportedMinutesSchema, ImportDryRunSchema } from './schemas.ts';
import { requireUser } from './sessionMiddleware.ts';

const flag = z.enum(['0', '1', 'true', 'false']).optional();
const isOn = (value: string | undefined) => value === '1' || value === 'true';

const importRoute = createRoute({
  method: 'post',
  path: '/api/bodies/{id}/imports',
  request: {
    params: z.object({
      id: z
        .string()
        .min(1)
        .max(64)
        .openapi({ param: { name: 'id', in: 'path' } }),
    }),
    query: z.object({ dryRun: flag, approved: flag }),
    body: {
      content: {
        'multipart/form-data': {
          schema: z.object({
            file: z.any().openapi({ type: 'string', format: 'binary' }),
            // "false": the minutes come in as circulated, to be approved at the next meeting.
            approved: z.string().optional(),
          }),
        },
      },
      required: true,
    },
  },
  responses: {
    201: {
      description: 'The minutes were imported: circulated, or locked and sealed when approved',
      content: { 'application/json': { schema: ImportedMinutesSchema } },
    },
    200: {
      description: 'Dry run: what the import would create, nothing stored',
      content: { 'application/json': { schema: ImportDryRunSchema } },
    },
    ...errorResponses(400, 401, 403, 404, 413, 415, 422),
  },
});

/** Legacy minutes (.txt, .docx, .pdf) of a body, by its secretary (docs/import.md). */
export function importRoutes(deps: AppDeps) {
  return newRouter().openapi(importRoute, async (c) => {
    const user = requireUser(c);
    const { id } = c.req.valid('param');
    const query = c.req.valid('query');
    const form = c.req.valid('form') as { file?: unknown; approved?: string };
    const file = form.file;
    if (!(file instanceof File)) throw appError('invalid_request', { details: { field: 'file' } });
    const approvedField = form.approved ?? query.approved;
    const outcome = await importMinutes(deps, user.id, id, {
      fileName: file.name,
      bytes: new Uint8Array(await file.arrayBuffer()),
      dryRun: isOn(query.dryRun),
      approved: approvedField === undefined ? true : isOn(approvedField),
    });
    if (outcome.dryRun) {
      const { minutes, findings, lines } = outcome;
      // The read model is plain JSON (doc-schema's MinutesModel); the schema names it an object.
      return c.json(
        { minutes: minutes as unknown as Record<string, unknown>, findings, lines },
        200,
      );
    }
    await deps.collab.flush();
    const { meetingId, phase, findings } = outcome;
    return c.json({ meetingId, phase, findings }, 201);
  });
}
