import { createRoute, type z } from '@hono/zod-openapi';
import type { Endpoint } from '@anteckna/contract';
import { errorResponses, jsonBody, jsonContent } from './routeParts.ts';

type ParamsOf<E> = E extends { params: infer P extends z.ZodObject } ? { params: P } : object;
type QueryOf<E> = E extends { query: infer Q extends z.ZodObject } ? { query: Q } : object;
type BodyOf<E> = E extends { body: infer B extends z.ZodType }
  ? { body: ReturnType<typeof jsonBody<B>> }
  : object;
type AnswerOf<E, S extends number> = {
  [K in S]: E extends { response: infer R extends z.ZodType }
    ? ReturnType<typeof jsonContent<R>>
    : { description: string };
};

// With no error statuses there is no index signature to swallow the success answer's type.
type ErrorsOf<Errors extends readonly number[]> = Errors extends readonly []
  ? object
  : ReturnType<typeof errorResponses>;

/**
 * The OpenAPI route of one contract endpoint: its method, path and request schemas, its success
 * answer (with the contract's schema when it has one) and the errors it may answer with.
 */
export function contractRoute<
  const E extends Endpoint,
  const S extends 200 | 201 | 204,
  const Errors extends readonly number[],
>(endpoint: E, answer: { status: S; description: string }, errors: Errors) {
  const request = {
    ...(endpoint.params ? { params: endpoint.params } : {}),
    ...(endpoint.query ? { query: endpoint.query } : {}),
    ...(endpoint.body ? { body: jsonBody(endpoint.body) } : {}),
  } as ParamsOf<E> & QueryOf<E> & BodyOf<E>;
  const success = endpoint.response
    ? jsonContent(endpoint.response, answer.description)
    : { description: answer.description };
  return createRoute({
    method: endpoint.method as E['method'],
    path: endpoint.path as E['path'],
    request,
    responses: {
      ...(errorResponses(...errors) as ErrorsOf<Errors>),
      ...({ [answer.status]: success } as AnswerOf<E, S>),
    },
  });
}
