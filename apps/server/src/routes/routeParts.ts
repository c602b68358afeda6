import type { z } from '@hono/zod-openapi';
import { CheckRefusedSchema, ErrorSchema } from '@anteckna/contract';

/** The pieces every route definition repeats; the schemas themselves live in @anteckna/contract. */
export function errorResponses(...statuses: number[]) {
  return Object.fromEntries(statuses.map((status) => [status, jsonContent(ErrorSchema, 'Error')]));
}

/**
 * 409 of a move the check guards: an illegal move (`illegal_phase_transition` …), or the check
 * found an error (`check_failed`) or an unacknowledged warning, with the findings beside the error.
 */
export const checkRefusedResponse = {
  409: {
    description: 'Refused; nothing changed. A refusal by the check carries its findings',
    content: { 'application/json': { schema: CheckRefusedSchema.partial({ findings: true }) } },
  },
};

/** A route the check guards, with its 409 answer described as a refusal with findings. */
export function withCheckRefusal<R extends { responses: object }>(route: R): R {
  return { ...route, responses: { ...route.responses, ...checkRefusedResponse } };
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
