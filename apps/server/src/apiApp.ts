import { OpenAPIHono } from '@hono/zod-openapi';
import { bodyLimit } from 'hono/body-limit';
import type { AppDeps } from './appDeps.ts';
import { MAX_ATTACHMENT_BYTES } from './attachments/attachmentStore.ts';
import { clusterGuard } from './cluster/clusterGuard.ts';
import { errorBody, onError } from './errors/errorResponse.ts';
import { crossSiteGuard } from './http/crossSiteGuard.ts';
import { textInputGuard } from './http/textInputGuard.ts';
import { appError } from './errors/appError.ts';
import { attachmentRoutes } from './routes/attachmentRoutes.ts';
import { authRoutes } from './routes/authRoutes.ts';
import { bodyRoutes } from './routes/bodyRoutes.ts';
import { checkRoutes } from './routes/checkRoutes.ts';
import { invitationRoutes } from './routes/invitationRoutes.ts';
import type { AppEnv } from './routes/env.ts';
import { exportRoutes } from './routes/exportRoutes.ts';
import { importRoutes } from './routes/importRoutes.ts';
import { MAX_IMPORT_BYTES } from './imports/sourceFile.ts';
import { publicRoutes } from './routes/publicRoutes.ts';
import { calendarRoutes } from './routes/calendarRoutes.ts';
import { registerRoutes } from './routes/registerRoutes.ts';
import { searchRoutes } from './routes/searchRoutes.ts';
import { healthRoutes } from './routes/healthRoutes.ts';
import { lifecycleRoutes } from './routes/lifecycleRoutes.ts';
import { meetingRoutes } from './routes/meetingRoutes.ts';
import { sessionMiddleware } from './routes/sessionMiddleware.ts';

/**
 * The HTTP API under `/api`: the OpenAPI routes of the contract with their request checks, and
 * the OpenAPI document. Built on the first API request (http/lazyApi.ts), behind the front door
 * of app.ts, which adds the security headers to what it answers.
 */
export function createApiApp(deps: AppDeps) {
  const app = new OpenAPIHono<AppEnv>();
  app.onError(onError);
  app.use('/api/*', crossSiteGuard(deps.config.extraOrigins));
  const jsonLimit = bodyLimit({
    maxSize: 1024 * 1024,
    onError: () => {
      throw appError('payload_too_large');
    },
  });
  const uploadLimit = bodyLimit({
    maxSize: MAX_ATTACHMENT_BYTES + 64 * 1024,
    onError: () => {
      throw appError('attachment_too_large');
    },
  });
  const importLimit = bodyLimit({
    maxSize: MAX_IMPORT_BYTES + 64 * 1024,
    onError: () => {
      throw appError('import_file_too_large');
    },
  });
  // Uploads have a larger limit than the small JSON everything else takes.
  app.use('/api/*', (c, next) =>
    c.req.path.endsWith('/attachments')
      ? uploadLimit(c, next)
      : c.req.path.endsWith('/imports')
        ? importLimit(c, next)
        : jsonLimit(c, next),
  );
  app.use('/api/*', textInputGuard());
  if (deps.cluster) app.use('/api/*', clusterGuard(deps.cluster));
  app.use('/api/*', sessionMiddleware(deps));
  app.route('/', healthRoutes(deps));
  app.route('/', authRoutes(deps));
  app.route('/', meetingRoutes(deps));
  app.route('/', lifecycleRoutes(deps));
  app.route('/', checkRoutes(deps));
  app.route('/', invitationRoutes(deps));
  app.route('/', attachmentRoutes(deps));
  app.route('/', bodyRoutes(deps));
  app.route('/', importRoutes(deps));
  app.route('/', exportRoutes(deps));
  app.route('/', publicRoutes(deps));
  app.route('/', searchRoutes(deps));
  app.route('/', registerRoutes(deps));
  app.route('/', calendarRoutes(deps));
  app.doc31('/api/openapi.json', {
    openapi: '3.1.0',
    info: { title: 'Anteckna API', version: '1.0.0', description: 'Collaborative meeting minutes' },
  });
  app.all('/api/*', (c) => c.json(errorBody(c, 'not_found'), 404));
  return app;
}
