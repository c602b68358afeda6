import { useEffect, useState } from 'react';
import type * as Y from 'yjs';
import { readCurrentItemId, readMinutes, type MinutesModel } from '@anteckna/doc-schema';

export interface LiveMinutes {
  model: MinutesModel;
  /** The item the secretary is at (SPEC rule M5), or null before they pick one. */
  currentItemId: string | null;
}

/**
 * The whole read model, rebuilt at most once a frame on every change of the document, text
 * fields included: the projector shows decisions as they are typed, not when a field closes.
 */
export function useLiveMinutes(
  doc: Y.Doc | null,
  loaded: boolean,
  initial: MinutesModel,
): LiveMinutes {
  const [live, setLive] = useState<LiveMinutes>({ model: initial, currentItemId: null });
  useEffect(() => {
    if (!doc || !loaded) {
      setLive({ model: initial, currentItemId: null });
      return undefined;
    }
    const read = () => setLive({ model: readMinutes(doc), currentItemId: readCurrentItemId(doc) });
    let frame = 0;
    const refresh = () => {
      if (frame !== 0) return;
      frame = requestAnimationFrame(() => {
        frame = 0;
        read();
      });
    };
    read();
    doc.on('update', refresh);
    return () => {
      cancelAnimationFrame(frame);
      doc.off('update', refresh);
    };
  }, [doc, loaded, initial]);
  return live;
}
