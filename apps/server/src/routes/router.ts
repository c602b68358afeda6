import { OpenAPIHono } from '@hono/zod-openapi';
import { appError } from '../errors/appError.ts';
import type { AppEnv } from './env.ts';

/** A router whose request validation failures become the documented `invalid_request` error. */
export function newRouter() {
  return new OpenAPIHono<AppEnv>({
    defaultHook: (result) => {
      if (!result.success) {
        throw appError('invalid_request', {
          details: result.error.issues.map((issue) => ({
            path: issue.path.join('.'),
            message: issue.message,
          })),
        });
      }
    },
  });
}
