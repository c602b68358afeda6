import { Hono } from 'hono';
import type { AppDeps } from './appDeps.ts';
import { collabUpgrade } from './collab/collabRoute.ts';
import { onError } from './errors/errorResponse.ts';
import { lazyApi, loadApiApp } from './http/lazyApi.ts';
import { securityHeaders } from './http/securityHeaders.ts';
import { syncedWrites } from './http/syncedWrites.ts';
import type { AppEnv } from './routes/env.ts';
import { checkHealth } from './routes/healthCheck.ts';
import { staticRoutes } from './routes/staticRoutes.ts';

/**
 * The whole HTTP and WebSocket surface as a pure function of its dependencies: no listening, no
 * environment. `main.ts` starts it; tests build their own. What a restarted server is asked for
 * first is served from here at once: the collaboration socket, `/api/health` and the web app's
 * files. The rest of `/api` is the API app (apiApp.ts), built on its first request.
 */
export function createApp(deps: AppDeps) {
  const app = new Hono<AppEnv>();
  app.onError(onError);
  app.use('*', securityHeaders(deps.config.trustedProxies));
  app.get('/collab/:meetingId', collabUpgrade(deps));
  app.get('/api/health', async (c) => {
    const answer = await checkHealth(deps);
    return c.json(answer.body, answer.status);
  });
  const api = lazyApi(() => loadApiApp(deps));
  app.use('/api/*', syncedWrites(deps.db));
  app.all('/api/*', api);
  if (deps.webDistDir) app.route('/', staticRoutes(deps.webDistDir));
  return app;
}
