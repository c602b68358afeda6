import { createRoute, z } from '@hono/zod-openapi';
import type { Context } from 'hono';
import type { AppDeps } from '../appDeps.ts';
import { appError } from '../errors/appError.ts';
import { renderExport, type RenderedExport } from '../exports/renderExport.ts';
import { findMeetingAccess } from '../meetings/meetingAccess.ts';
import { newRouter } from './router.ts';
import { errorResponses } from './schemas.ts';
import { requireUser } from './sessionMiddleware.ts';

const FORMATS = ['pdf', 'docx', 'html', 'md', 'ics'] as const;

const exportRoute = createRoute({
  method: 'get',
  path: '/api/meetings/{id}/export.{format}',
  request: {
    params: z.object({
      id: z
        .string()
        .min(1)
        .max(64)
        .openapi({ param: { name: 'id', in: 'path' } }),
      format: z.enum(FORMATS).openapi({ param: { name: 'format', in: 'path' } }),
    }),
    query: z.object({
      kind: z
        .enum(['minutes', 'pack'])
        .default('minutes')
        .openapi({ description: '`pack` = the meeting pack (handlingar) before the meeting' }),
      audience: z.enum(['internal', 'public']).default('internal'),
    }),
  },
  responses: {
    200: { description: 'The rendered file; `X-Export-Warnings` lists what it could not include' },
    ...errorResponses(400, 401, 404),
  },
});

export function sendExport(c: Context, file: RenderedExport, disposition: 'inline' | 'attachment') {
  const headers: Record<string, string> = {
    'content-type': file.mediaType,
    'content-disposition': `${disposition}; filename="${file.fileName}"`,
    'cache-control': 'no-store',
  };
  if (file.warnings.length > 0) {
    headers['x-export-warnings'] = encodeURIComponent(
      JSON.stringify(file.warnings.map((w) => ({ code: w.code, details: w.details }))),
    );
  }
  return c.body(file.bytes as Uint8Array<ArrayBuffer>, 200, headers);
}

/**
 * `export.{format}` is one path segment, which the OpenAPI router cannot bind, so the route is
 * registered in the OpenAPI document from its definition and routed by Hono's own pattern, with
 * the same schemas validating the request.
 */
export function exportRoutes(deps: AppDeps) {
  const router = newRouter();
  router.openAPIRegistry.registerPath(exportRoute);
  router.get('/api/meetings/:id/export.:format', async (c) => {
    const user = requireUser(c);
    const params = exportRoute.request.params.safeParse(c.req.param());
    const query = exportRoute.request.query.safeParse(c.req.query());
    if (!params.success || !query.success) throw appError('invalid_request');
    const { id, format } = params.data;
    if (!findMeetingAccess(deps.db, user.id, id)) throw appError('meeting_not_found');
    const file = await renderExport(deps, id, format, query.data);
    return sendExport(c, file, format === 'html' ? 'inline' : 'attachment');
  });
  return router;
}
