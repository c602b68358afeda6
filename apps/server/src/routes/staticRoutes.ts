import fs from 'node:fs';
import { serveStatic } from '@hono/node-server/serve-static';
import { Hono } from 'hono';
import path from 'node:path';
import type { AppEnv } from './env.ts';

/**
 * The built web app. Unknown paths outside /api and /collab get index.html, so that a reload on
 * a client-side route works.
 */
export function staticRoutes(webDistDir: string) {
  const indexHtml = path.join(webDistDir, 'index.html');
  const router = new Hono<AppEnv>();
  router.use('/assets/*', serveStatic({ root: webDistDir }));
  router.use('/*', serveStatic({ root: webDistDir }));
  router.get('*', (c) => {
    if (!fs.existsSync(indexHtml)) return c.text('The web app is not built: run npm start.', 503);
    return c.html(fs.readFileSync(indexHtml, 'utf8'));
  });
  return router;
}
