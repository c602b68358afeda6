import { openApiEndpoint } from '@anteckna/contract';
import { callApi } from './api.ts';

let paths: Promise<ReadonlySet<string>> | null = null;

/**
 * The paths the server documents in its OpenAPI document, fetched once: the app offers a
 * feature that needs a newer endpoint only when the server has it, without probing (and
 * logging 404s) first.
 */
export function documentedApiPaths(): Promise<ReadonlySet<string>> {
  paths ??= callApi(openApiEndpoint).then(
    (document) => new Set(Object.keys(document.paths ?? {})),
    () => {
      paths = null;
      return new Set<string>();
    },
  );
  return paths;
}
