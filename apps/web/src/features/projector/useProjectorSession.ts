import { useCallback, useEffect, useRef, useState, useSyncExternalStore } from 'react';
import { CloseCode } from '@anteckna/domain';
import {
  CollabSession,
  IDLE_COLLAB_STATUS,
  collabServerUrl,
  type CollabStatus,
} from '../editor/collabSession.ts';

export type ProjectorFailure = 'notFound' | 'closed';

export interface ProjectorSession {
  session: CollabSession | null;
  status: CollabStatus;
  failure: ProjectorFailure | null;
  retry(): void;
}

/**
 * The meeting's document for reading only: the stock provider with no copy on this device (the
 * projector writes nothing, so it has nothing to keep), reconnecting by itself after a drop.
 */
export function useProjectorSession(
  meetingId: string,
  onUnauthorized: () => void,
): ProjectorSession {
  const [session, setSession] = useState<CollabSession | null>(null);
  const [failure, setFailure] = useState<ProjectorFailure | null>(null);
  const [attempt, setAttempt] = useState(0);
  const unauthorized = useRef(onUnauthorized);
  unauthorized.current = onUnauthorized;

  useEffect(() => {
    if (failure !== null) return undefined;
    const created = new CollabSession(meetingId, collabServerUrl(window.location), ({ code }) => {
      if (code === CloseCode.Unauthorized.code) unauthorized.current();
      else setFailure(code === CloseCode.NotFound.code ? 'notFound' : 'closed');
    });
    setSession(created);
    return () => {
      created.destroy();
      setSession((current) => (current === created ? null : current));
    };
  }, [meetingId, failure, attempt]);

  const status = useSyncExternalStore(
    useCallback((listener: () => void) => session?.subscribe(listener) ?? (() => {}), [session]),
    () => session?.status ?? IDLE_COLLAB_STATUS,
  );

  return {
    session,
    status,
    failure,
    retry: useCallback(() => {
      setFailure(null);
      setAttempt((current) => current + 1);
    }, []),
  };
}
