import { exportEndpoint } from '@anteckna/contract';
import type { Context } from 'hono';
import type { AppDeps } from '../appDeps.ts';
import { appError } from '../errors/appError.ts';
import { renderExport, type RenderedExport } from '../exports/renderExport.ts';
import { newRouter } from './router.ts';
import { contractRoute } from './contractRoute.ts';
import { requireMeetingAccess } from './requireMeetingAccess.ts';

const exportRoute = contractRoute(
  exportEndpoint,
  {
    status: 200,
    description: 'The rendered file; `X-Export-Warnings` lists what it could not include',
  },
  [400, 401, 404],
);

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
  router.get('/api/meetings/:id/export.:format', requireMeetingAccess(deps), async (c) => {
    const params = exportRoute.request.params.safeParse(c.req.param());
    const query = exportRoute.request.query.safeParse(c.req.query());
    if (!params.success || !query.success) throw appError('invalid_request');
    const { id, format } = params.data;
    const file = await renderExport(deps, id, format, query.data);
    return sendExport(c, file, format === 'html' ? 'inline' : 'attachment');
  });
  return router;
}
