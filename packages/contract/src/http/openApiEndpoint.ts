import { z } from 'zod';
import { endpoint } from './endpoint.ts';

/**
 * The server's OpenAPI document, of which the web app reads only which paths exist (to offer a
 * feature only when the server it talks to has its endpoint). Not listed in itself.
 */
export const openApiEndpoint = endpoint({
  method: 'get',
  path: '/api/openapi.json',
  response: z.object({ paths: z.record(z.string(), z.unknown()).optional() }),
});
