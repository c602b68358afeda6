import { createRoute } from '@hono/zod-openapi';
import { ImportFormSchema, ImportPreviewSchema, importMinutesEndpoint } from '@anteckna/contract';
import type { AppDeps } from '../appDeps.ts';
import { appError } from '../errors/appError.ts';
import { importMinutes } from '../imports/importMinutes.ts';
import { newRouter } from './router.ts';
import { errorResponses, jsonContent } from './routeParts.ts';
import { requireUser } from './sessionMiddleware.ts';

const importRoute = createRoute({
  method: importMinutesEndpoint.method,
  path: importMinutesEndpoint.path,
  request: {
    params: importMinutesEndpoint.params,
    query: importMinutesEndpoint.query,
    body: { content: { 'multipart/form-data': { schema: ImportFormSchema } }, required: true },
  },
  responses: {
    201: jsonContent(
      importMinutesEndpoint.response,
      'Imported: circulated, or locked and sealed when approved',
    ),
    200: jsonContent(ImportPreviewSchema, 'Dry run (?dryRun=1): what the import would create'),
    ...errorResponses(400, 401, 403, 404, 413, 415, 422),
  },
});

const isOn = (value: string | undefined) => value === '1' || value === 'true';

/** Legacy minutes (.txt, .docx, .pdf) of a body, by its secretary (docs/import.md). */
export function importRoutes(deps: AppDeps) {
  return newRouter().openapi(importRoute, async (c) => {
    const user = requireUser(c);
    const { id } = c.req.valid('param');
    const query = c.req.valid('query');
    const form = c.req.valid('form');
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
      return c.json({ minutes, findings, lines }, 200);
    }
    await deps.collab.flush();
    const { meetingId, phase, findings } = outcome;
    return c.json({ meetingId, phase, findings }, 201);
  });
}
