import { firstRow } from '../db/firstRow.ts';
import fs from 'node:fs';
import { createRoute } from '@hono/zod-openapi';
import {
  AttachmentUploadFormSchema,
  attachmentFileEndpoint,
  uploadAttachmentEndpoint,
} from '@anteckna/contract';
import { and, eq } from 'drizzle-orm';
import type { AppDeps } from '../appDeps.ts';
import { attachToItem } from '../attachments/attachToItem.ts';
import { attachmentPath, MAX_ATTACHMENT_BYTES } from '../attachments/attachmentStore.ts';
import { attachments } from '../db/schema.ts';
import { appError } from '../errors/appError.ts';
import { newRouter } from './router.ts';
import { contractRoute } from './contractRoute.ts';
import { errorResponses, jsonContent } from './routeParts.ts';
import { requireMeetingAccess } from './requireMeetingAccess.ts';

const uploadRoute = createRoute({
  method: uploadAttachmentEndpoint.method,
  path: uploadAttachmentEndpoint.path,
  request: {
    params: uploadAttachmentEndpoint.params,
    body: {
      content: { 'multipart/form-data': { schema: AttachmentUploadFormSchema } },
      required: true,
    },
  },
  responses: {
    201: jsonContent(uploadAttachmentEndpoint.response, 'Stored and referenced from the item'),
    ...errorResponses(400, 401, 403, 404, 413, 415),
  },
});

const downloadRoute = contractRoute(
  attachmentFileEndpoint,
  { status: 200, description: 'The file as uploaded' },
  [401, 404, 410],
);

export function attachmentRoutes(deps: AppDeps) {
  const middleware = requireMeetingAccess(deps);
  return newRouter()
    .openapi({ ...uploadRoute, middleware }, async (c) => {
      const user = c.get('user');
      const access = c.get('meetingAccess');
      const { itemId } = c.req.valid('param');
      const length = Number(c.req.header('content-length') ?? 0);
      if (length > MAX_ATTACHMENT_BYTES + 64 * 1024) throw appError('attachment_too_large');
      const form = c.req.valid('form');
      const file = form.file;
      if (!(file instanceof File))
        throw appError('invalid_request', { details: { field: 'file' } });
      const bytes = new Uint8Array(await file.arrayBuffer());
      const stored = await attachToItem(deps, access, user.id, {
        itemId,
        fileName: file.name,
        bytes,
        internal: form.internal === 'true',
        joinsPrevious: form.joinsPrevious === 'true',
      });
      await deps.collab.flush();
      return c.json(stored, 201);
    })
    .openapi({ ...downloadRoute, middleware }, async (c) => {
      const { id, attachmentId } = c.req.valid('param');
      const row = await deps.db
        .select()
        .from(attachments)
        .where(and(eq(attachments.id, attachmentId), eq(attachments.meetingId, id)))
        .then(firstRow);
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
