import { useEffect } from 'react';
import { isUnauthenticated } from '../../app/api.ts';
import type { ApiLoad } from '../../app/useApiResource.ts';
import { useSession } from './SessionContext.tsx';

/**
 * Whether a page's load failed because the session has ended; when it has, the app goes back
 * to signing in (the page shows "loading" meanwhile rather than an error).
 */
export function useSessionExpiry(load: ApiLoad<unknown>): boolean {
  const { sessionExpired } = useSession();
  const expired = load.status === 'error' && isUnauthenticated(load.error);
  useEffect(() => {
    if (expired) sessionExpired();
  }, [expired, sessionExpired]);
  return expired;
}
