import { OpenAPIHono, type z } from '@hono/zod-openapi';
import { appError } from '../errors/appError.ts';
import type { AppEnv } from './env.ts';

/** The documented `invalid_request` error, with which field was wrong and why. */
export function invalidRequest(error: z.ZodError) {
  return appError('invalid_request', {
    details: error.issues.map((issue) => ({
      path: issue.path.join('.'),
      message: issue.message,
    })),
  });
}

/** A router whose request validation failures become the documented `invalid_request` error. */
export function newRouter() {
  return new OpenAPIHono<AppEnv>({
    defaultHook: (result) => {
      if (!result.success) throw invalidRequest(result.error);
    },
  });
}
