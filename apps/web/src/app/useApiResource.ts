import { useCallback, useEffect, useRef, useState } from 'react';
import { apiRequest } from './api.ts';

export type ApiLoad<T> =
  { status: 'loading' } | { status: 'error'; error: unknown } | { status: 'ready'; data: T };

export interface ApiResource<T> {
  load: ApiLoad<T>;
  reload(): void;
  /** Puts what a write answered in place of the loaded data, without a second request. */
  replace(data: T): void;
}

/** One GET, reloaded when the path changes or on demand; a null path loads nothing. */
export function useApiResource<T>(path: string | null): ApiResource<T> {
  const [load, setLoad] = useState<ApiLoad<T>>({ status: 'loading' });
  const [version, setVersion] = useState(0);
  const loadedPath = useRef<string | null>(null);

  useEffect(() => {
    if (path === null) return undefined;
    const controller = new AbortController();
    // A reload keeps what is on screen until the answer comes; another path does not.
    if (loadedPath.current !== path) setLoad({ status: 'loading' });
    loadedPath.current = path;
    apiRequest<T>(path, { signal: controller.signal }).then(
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
