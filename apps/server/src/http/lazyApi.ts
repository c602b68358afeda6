import type { Context } from 'hono';
import type { AppDeps } from '../appDeps.ts';

/** What the front door needs of the built API: Hono's `fetch`. */
export interface ApiApp {
  fetch(request: Request, env?: unknown): Response | Promise<Response>;
}

/**
 * The handler of `/api/*` that builds the HTTP API on its first request and hands every request
 * to it. The API (the OpenAPI routes with the contract's zod schemas, most of the server's code)
 * is imported dynamically, so the build puts it in a chunk of its own: a restart compiles only
 * what collaboration and `/api/health` need, and the first client's document is on its way
 * sooner (docs/benchmarks.md, Start-up). Requests that arrive while it loads wait for it; a load
 * that fails answers them with the error (500) and the next request tries again.
 */
export function lazyApi(
  deps: AppDeps,
  load: () => Promise<ApiApp> = () =>
    import('../apiApp.ts').then((module) => module.createApiApp(deps)),
) {
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
