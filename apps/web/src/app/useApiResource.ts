import { useCallback, useEffect, useRef, useState } from 'react';
import {
  endpointPath,
  type Endpoint,
  type EndpointInput,
  type EndpointResponse,
} from '@anteckna/contract';
import { callApi } from './api.ts';

type PathInput = Parameters<typeof endpointPath>[1];

export type ApiLoad<T> =
  { status: 'loading' } | { status: 'error'; error: unknown } | { status: 'ready'; data: T };

export interface ApiResource<T> {
  load: ApiLoad<T>;
  reload(): void;
  /** Puts what a write answered in place of the loaded data, without a second request. */
  replace(data: T): void;
}

/**
 * One GET of a contract endpoint, reloaded when its path changes or on demand; a null input
 * loads nothing.
 */
export function useApiResource<E extends Endpoint>(
  endpoint: E,
  input: EndpointInput<E> | null,
): ApiResource<EndpointResponse<E>> {
  type T = EndpointResponse<E>;
  const [load, setLoad] = useState<ApiLoad<T>>({ status: 'loading' });
  const [version, setVersion] = useState(0);
  const loadedPath = useRef<string | null>(null);
  // The filled-in path says everything the input does: it is what the effect depends on.
  const path = input === null ? null : endpointPath(endpoint, input as PathInput);

  useEffect(() => {
    if (input === null) return undefined;
    const controller = new AbortController();
    // A reload keeps what is on screen until the answer comes; another path does not.
    if (loadedPath.current !== path) setLoad({ status: 'loading' });
    loadedPath.current = path;
    // The input's type depends on the endpoint; callApi checks it where the endpoint is known.
    const call = callApi as (endpoint: E, input: object) => Promise<T>;
    call(endpoint, { ...input, signal: controller.signal }).then(
      (data) => setLoad({ status: 'ready', data }),
      (error: unknown) => {
        if (!controller.signal.aborted) setLoad({ status: 'error', error });
      },
    );
    return () => controller.abort();
  }, [path, version]);

  return {
    load,
    reload: useCallback(() => setVersion((current) => current + 1), []),
    replace: useCallback((data: T) => setLoad({ status: 'ready', data }), []),
  };
}
