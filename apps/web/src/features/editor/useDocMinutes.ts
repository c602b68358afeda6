import { useEffect, useState } from 'react';
import type * as Y from 'yjs';
import { agendaArray, attendanceMap, meetingMap, readMinutes } from '@anteckna/doc-schema';
import type { MinutesModel } from '@anteckna/doc-schema';
import { isPhase } from '@anteckna/domain';
import type { Phase } from '@anteckna/domain';

/**
 * The read model of the open document, for everything around the editors: header, agenda,
 * attendance, presenters, phase. It is rebuilt when one of those roots changes, not on every
 * keystroke in a field (the editors show the fields themselves). Until the server's state has
 * arrived, the model the API sent stands in.
 */
export function useDocMinutes(
  doc: Y.Doc | null,
  loaded: boolean,
  initial: MinutesModel,
): MinutesModel {
  const [model, setModel] = useState<MinutesModel>(initial);
  useEffect(() => {
    if (!doc || !loaded) {
      setModel(initial);
      return undefined;
    }
    let frame = 0;
    const refresh = () => {
      if (frame !== 0) return;
      frame = requestAnimationFrame(() => {
        frame = 0;
        setModel(readMinutes(doc));
      });
    };
    setModel(readMinutes(doc));
    const roots = [meetingMap(doc), agendaArray(doc), attendanceMap(doc)];
    for (const root of roots) root.observeDeep(refresh);
    return () => {
      cancelAnimationFrame(frame);
      for (const root of roots) root.unobserveDeep(refresh);
    };
  }, [doc, loaded, initial]);
  return model;
}

/** The phase as the document says it (the server writes it there); the API's until then. */
export function docPhase(doc: Y.Doc | null, loaded: boolean, fallback: Phase): Phase {
  if (!doc || !loaded) return fallback;
  const phase = meetingMap(doc).get('phase');
  return isPhase(phase) ? phase : fallback;
}
