import type { z } from '@hono/zod-openapi';
import { ErrorSchema } from '@anteckna/contract';

/** The pieces every route definition repeats; the schemas themselves live in @anteckna/contract. */
export function errorResponses(...statuses: number[]) {
  return Object.fromEntries(statuses.map((status) => [status, jsonContent(ErrorSchema, 'Error')]));
}

/** A JSON answer with its schema, as an OpenAPI response. */
export const jsonContent = <T extends z.ZodType>(schema: T, description: string) => ({
  description,
  content: { 'application/json': { schema } },
});

/** A required JSON request body with its schema. */
export const jsonBody = <T extends z.ZodType>(schema: T) => ({
  content: { 'application/json': { schema } },
  required: true,
});

export function publicUser(user: {
  id: string;
  email: string;
  name: string;
  title: string;
  organisation: string;
  locale: 'sv' | 'en';
}) {
  return {
    id: user.id,
    email: user.email,
    name: user.name,
    title: user.title,
    organisation: user.organisation,
    locale: user.locale,
  };
}
