import fs from 'node:fs';
import { createRoute, z } from '@hono/zod-openapi';
import { and, eq } from 'drizzle-orm';
import type { AppDeps } from '../appDeps.ts';
import { attachToItem } from '../attachments/attachToItem.ts';
import { attachmentPath, MAX_ATTACHMENT_BYTES } from '../attachments/attachmentStore.ts';
import { attachments } from '../db/schema.ts';
import { appError } from '../errors/appError.ts';
import { findMeetingAccess } from '../meetings/meetingAccess.ts';
import { newRouter } from './router.ts';
import { errorResponses } from './schemas.ts';
import { requireUser } from './sessionMiddleware.ts';

const param = (name: string) =>
  z
    .string()
    .min(1)
    .max(64)
    .openapi({ param: { name, in: 'path' } });

const uploadRoute = createRoute({
  method: 'post',
  path: '/api/meetings/{id}/items/{itemId}/attachments',
  request: {
    params: z.object({ id: param('id'), itemId: param('itemId') }),
    body: {
      content: {
        'multipart/form-data': {
          schema: z.object({
            file: z.any().openapi({ type: 'string', format: 'binary' }),
            internal: z.string().optional(),
            // "true": shares the number of the item's previous attachment, lettered (Bilaga 18a–18f).
            joinsPrevious: z.string().optional(),
          }),
        },
      },
      required: true,
    },
  },
  responses: {
    201: {
      description: 'Stored and referenced from the item',
      content: { 'application/json': { schema: z.record(z.string(), z.unknown()) } },
    },
    ...errorResponses(400, 401, 403, 404, 413, 415),
  },
});

const downloadRoute = createRoute({
  method: 'get',
  path: '/api/meetings/{id}/attachments/{attachmentId}',
  request: { params: z.object({ id: param('id'), attachmentId: param('attachmentId') }) },
  responses: { 200: { description: 'The file as uploaded' }, ...errorResponses(401, 404, 410) },
});

export function attachmentRoutes(deps: AppDeps) {
  return newRouter()
    .openapi(uploadRoute, async (c) => {
      const user = requireUser(c);
      const { id, itemId } = c.req.valid('param');
      const access = findMeetingAccess(deps.db, user.id, id);
      if (!access) throw appError('meeting_not_found');
      const length = Number(c.req.header('content-length') ?? 0);
      if (length > MAX_ATTACHMENT_BYTES + 64 * 1024) throw appError('attachment_too_large');
      const form = c.req.valid('form') as {
        file?: unknown;
        internal?: string;
        joinsPrevious?: string;
      };
      const file = form.file;
      if (!(file instanceof File))
        throw appError('invalid_request', { details: { field: 'file' } });
      const bytes = new Uint8Array(await file.arrayBuffer());
      const stored = attachToItem(deps, access, user.id, {
        itemId,
        fileName: file.name,
        bytes,
        internal: form.internal === 'true',
        joinsPrevious: form.joinsPrevious === 'true',
      });
      await deps.collab.flush();
      return c.json(stored as unknown as Record<string, unknown>, 201);
    })
    .openapi(downloadRoute, (c) => {
      const user = requireUser(c);
      const { id, attachmentId } = c.req.valid('param');
      if (!findMeetingAccess(deps.db, user.id, id)) throw appError('meeting_not_found');
      const row = deps.db
        .select()
        .from(attachments)
        .where(and(eq(attachments.id, attachmentId), eq(attachments.meetingId, id)))
        .get();
      if (!row) throw appError('attachment_not_found');
      const file = attachmentPath(deps.config.dataDir, row.sha256);
      if (!fs.existsSync(file)) throw appError('attachment_missing');
      return c.body(fs.readFileSync(file), 200, {
        'content-type': row.mediaType,
        'content-disposition': `attachment; filename*=UTF-8''${encodeURIComponent(row.fileName)}`,
        'x-content-type-options': 'nosniff',
      });
    });
}
