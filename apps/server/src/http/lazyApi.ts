import type { Context } from 'hono';
import type { AppDeps } from '../appDeps.ts';

/** What the front door needs of the built API: Hono's `fetch`. */
export interface ApiApp {
  fetch(request: Request, env?: unknown): Response | Promise<Response>;
}

/**
 * The HTTP API (the OpenAPI routes with the contract's zod schemas, most of the server's code),
 * imported dynamically so that the build puts it in a chunk of its own: a restart compiles only
 * what collaboration and `/api/health` need, and the first client's document is on its way
 * sooner (docs/benchmarks.md, Start-up).
 */
export function loadApiApp(deps: AppDeps): Promise<ApiApp> {
  return import('../apiApp.ts').then((module) => module.createApiApp(deps));
}

/**
 * The handler of `/api/*`: loads the API on its first request and hands every request to it.
 * Requests that arrive while it loads wait for it; a load that fails answers them with its error
 * (500 through the front door's error handler) and the next request tries again.
 */
export function lazyApi(load: () => Promise<ApiApp>) {
  let api: Promise<ApiApp> | undefined;
  return async (c: Context) => {
    if (!api) {
      const loading = load();
      api = loading;
      loading.catch(() => {
        if (api === loading) api = undefined;
      });
    }
    return (await api).fetch(c.req.raw, c.env);
  };
}
