import { useCallback, useEffect, useRef, useState, useSyncExternalStore } from 'react';
import { CloseCode } from '@anteckna/domain';
import { indexeddbOfflineCopy } from '../offline/offlineCopy.ts';
import { offlineCopyName } from '../offline/offlineCopyName.ts';
import {
  CollabSession,
  IDLE_COLLAB_STATUS,
  REFUSAL_CODES,
  collabServerUrl,
} from './collabSession.ts';
import type { CollabStatus, PermanentClose } from './collabSession.ts';
import type { RefusedField } from './refusalCapture.ts';

/** Why the meeting cannot be shown or edited at all, as opposed to one refused edit. */
export type CollabFailure =
  | 'notFound'
  | 'tooManyConnections'
  | 'refusedRepeatedly'
  | 'closed'
  | 'sessionEnded'
  | 'accessEnded'
  | 'tooManyMessages';

export interface Refusal {
  code: number;
  fields: RefusedField[];
}

export interface Collab {
  session: CollabSession | null;
  /** Bumped each time the document is rebuilt; editors are keyed by it. */
  generation: number;
  status: CollabStatus;
  refusal: Refusal | null;
  failure: CollabFailure | null;
  dismissRefusal(): void;
  retry(): void;
}

/** Three rebuilds in a minute means the server refuses something the app keeps sending. */
const MAX_REBUILDS = 3;
const REBUILD_WINDOW_MS = 60_000;

/**
 * The open meeting's collaboration session, rebuilt from the server's state after a refusal:
 * the old document holds an edit the server will never take, so it is thrown away with its
 * provider, editors and copy on this device, and what the person typed is handed to the refusal
 * dialog. The copy is kept per meeting and person, so a presenter can go on writing offline.
 */
export function useCollab(meetingId: string, userId: string, onUnauthorized: () => void): Collab {
  const [generation, setGeneration] = useState(0);
  const [session, setSession] = useState<CollabSession | null>(null);
  const [refusal, setRefusal] = useState<Refusal | null>(null);
  const [failure, setFailure] = useState<CollabFailure | null>(null);
  const rebuilds = useRef<number[]>([]);
  /** The next session follows a refusal: its copy on this device was deleted with the old one. */
  const afterRefusal = useRef(false);
  const unauthorized = useRef(onUnauthorized);
  unauthorized.current = onUnauthorized;

  const handleClose = useCallback((close: PermanentClose) => {
    if (close.refused.length > 0) setRefusal({ code: close.code, fields: close.refused });
    if (close.code === CloseCode.Unauthorized.code) return unauthorized.current();
    if (close.code === CloseCode.NotFound.code) return setFailure('notFound');
    if (close.code === CloseCode.TooManyConnections.code) return setFailure('tooManyConnections');
    if (close.code === CloseCode.SessionEnded.code) return setFailure('sessionEnded');
    if (close.code === CloseCode.AccessEnded.code) return setFailure('accessEnded');
    if (close.code === CloseCode.TooManyMessages.code) return setFailure('tooManyMessages');
    if (!REFUSAL_CODES.includes(close.code)) return setFailure('closed');
    const now = Date.now();
    rebuilds.current = [...rebuilds.current.filter((at) => now - at < REBUILD_WINDOW_MS), now];
    if (rebuilds.current.length > MAX_REBUILDS) return setFailure('refusedRepeatedly');
    afterRefusal.current = true;
    setGeneration((current) => current + 1);
  }, []);

  useEffect(() => {
    if (failure !== null) return undefined;
    const created = new CollabSession(meetingId, collabServerUrl(window.location), handleClose, {
      offlineCopy: indexeddbOfflineCopy(offlineCopyName(meetingId, userId)),
    });
    // Editors bind to the document once the copy on this device is in it. After a refusal that
    // copy is new and empty: the page is swapped at once instead of blinking through "loading".
    let live = true;
    if (afterRefusal.current) setSession(created);
    else {
      void created.ready.then(() => {
        if (live) setSession(created);
      });
    }
    afterRefusal.current = false;
    return () => {
      live = false;
      created.destroy();
      setSession((current) => (current === created ? null : current));
    };
  }, [meetingId, userId, generation, failure, handleClose]);

  const status = useSyncExternalStore(
    useCallback((listener: () => void) => session?.subscribe(listener) ?? (() => {}), [session]),
    () => session?.status ?? IDLE_COLLAB_STATUS,
  );

  return {
    session,
    generation,
    status,
    refusal,
    failure,
    dismissRefusal: useCallback(() => setRefusal(null), []),
    retry: useCallback(() => {
      rebuilds.current = [];
      setFailure(null);
      setGeneration((current) => current + 1);
    }, []),
  };
}
