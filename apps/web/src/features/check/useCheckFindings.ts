import { useCallback, useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Finding } from '@anteckna/doc-schema';
import type * as Y from 'yjs';
import { fetchFindings } from './checkApi.ts';

/** The check reads every field, so it waits for a pause in typing rather than each keystroke. */
export const CHECK_DELAY_MS = 800;

export type CheckLoad =
  { status: 'loading' } | { status: 'error' } | { status: 'ready'; findings: Finding[] };

/**
 * The server's findings for a meeting, fetched again a pause after each change of the document
 * (debounced), so the panel shows what the server would say if asked now. The server reads the
 * edits it has stored, so a fetch waits for the pause, by which the provider has sent them.
 */
export function useCheckFindings(
  meetingId: string,
  doc: Y.Doc | null,
): {
  load: CheckLoad;
  refresh(): void;
} {
  // The server words the findings in the app's language: a switch asks again.
  const { i18n } = useTranslation();
  const [load, setLoad] = useState<CheckLoad>({ status: 'loading' });
  const [version, setVersion] = useState(0);
  const refresh = useCallback(() => setVersion((current) => current + 1), []);
  const timer = useRef<ReturnType<typeof setTimeout> | null>(null);

  useEffect(() => {
    const controller = new AbortController();
    fetchFindings(meetingId, controller.signal).then(
      (findings) => setLoad({ status: 'ready', findings }),
      () => {
        if (!controller.signal.aborted) setLoad({ status: 'error' });
      },
    );
    return () => controller.abort();
  }, [meetingId, version, i18n.language]);

  useEffect(() => {
    if (doc === null) return undefined;
    const schedule = () => {
      if (timer.current !== null) clearTimeout(timer.current);
      timer.current = setTimeout(() => {
        timer.current = null;
        refresh();
      }, CHECK_DELAY_MS);
    };
    doc.on('update', schedule);
    return () => {
      doc.off('update', schedule);
      if (timer.current !== null) clearTimeout(timer.current);
    };
  }, [doc, refresh]);

  return { load, refresh };
}
