import { createContext, useCallback, useContext, useEffect, useMemo, useState } from 'react';
import type { ReactNode } from 'react';
import { callApi, isUnauthenticated } from '../../app/api.ts';
import { logoutEndpoint, meEndpoint, type Me } from '@anteckna/contract';
import { clearOfflineCopiesOf } from '../offline/clearOfflineCopies.ts';

export type SessionState =
  | { status: 'loading' }
  | { status: 'anonymous' }
  | { status: 'error'; error: unknown }
  | { status: 'signedIn'; me: Me };

interface SessionApi {
  session: SessionState;
  refresh(): Promise<void>;
  logout(): Promise<void>;
  /** Called when the server says the session is gone (a 401, or close code 4401). */
  sessionExpired(): void;
}

const SessionContext = createContext<SessionApi | null>(null);

export function SessionProvider({ children }: { children: ReactNode }) {
  const [session, setSession] = useState<SessionState>({ status: 'loading' });

  const refresh = useCallback(async () => {
    try {
      setSession({ status: 'signedIn', me: await callApi(meEndpoint) });
    } catch (error) {
      setSession(isUnauthenticated(error) ? { status: 'anonymous' } : { status: 'error', error });
    }
  }, []);

  const logout = useCallback(async () => {
    const userId = session.status === 'signedIn' ? session.me.user.id : null;
    try {
      await callApi(logoutEndpoint);
    } finally {
      setSession({ status: 'anonymous' });
      // On a shared computer nothing the person wrote may stay behind once they have left.
      if (userId) await clearOfflineCopiesOf(userId).catch(() => undefined);
    }
  }, [session]);

  const sessionExpired = useCallback(() => setSession({ status: 'anonymous' }), []);

  useEffect(() => {
    void refresh();
  }, [refresh]);

  const value = useMemo(
    () => ({ session, refresh, logout, sessionExpired }),
    [session, refresh, logout, sessionExpired],
  );
  return <SessionContext.Provider value={value}>{children}</SessionContext.Provider>;
}

export function useSession(): SessionApi {
  const api = useContext(SessionContext);
  if (!api) throw new Error('useSession outside SessionProvider');
  return api;
}

/** The signed-in person; only for screens rendered behind the login gate. */
export function useMe(): Me {
  const { session } = useSession();
  if (session.status !== 'signedIn') throw new Error('useMe before sign-in');
  return session.me;
}
