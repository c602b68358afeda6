import type { z } from 'zod';

export type HttpMethod = 'get' | 'post' | 'patch' | 'delete';

/**
 * One HTTP endpoint as both sides see it: the server's route is defined from it (method, path,
 * request schemas, the schema of its success answer), and the web app calls it through it, so
 * the path, what is sent and what comes back are written down once.
 */
export interface Endpoint {
  method: HttpMethod;
  /** OpenAPI style: `/api/meetings/{id}`. */
  path: string;
  params?: z.ZodObject;
  query?: z.ZodObject;
  /** A JSON request body. */
  body?: z.ZodType;
  /** The JSON success answer; absent when the answer is empty (204) or a file. */
  response?: z.ZodType;
}

/** Declares an endpoint, keeping its literal method and path for the server's route types. */
export function endpoint<const E extends Endpoint>(definition: E): E {
  return definition;
}

type InputPart<Key extends string, S> = S extends z.ZodType ? { [K in Key]: z.input<S> } : object;

/** What a caller supplies: the path parameters, the query and the body the endpoint declares. */
export type EndpointInput<E extends Endpoint> = InputPart<'params', E['params']> &
  InputPart<'query', E['query']> &
  InputPart<'body', E['body']>;

/** The success answer of an endpoint, as the caller receives it. */
export type EndpointResponse<E extends Endpoint> = E['response'] extends z.ZodType
  ? z.output<E['response']>
  : void;

/** The endpoint's path with its parameters filled in (encoded) and its query appended. */
export function endpointPath<E extends Endpoint>(
  definition: E,
  input: { params?: Record<string, string>; query?: Record<string, string | undefined> } = {},
): string {
  const path = definition.path.replace(/\{(\w+)\}/g, (_, name: string) => {
    const value = input.params?.[name];
    if (value === undefined) throw new Error(`${definition.path}: missing parameter ${name}`);
    return encodeURIComponent(value);
  });
  const given = Object.entries(input.query ?? {}).filter(
    (entry): entry is [string, string] => entry[1] !== undefined,
  );
  const query = new URLSearchParams(given).toString();
  return query ? `${path}?${query}` : path;
}
