import { useCallback, useSyncExternalStore } from 'react';
import type { MeetingView } from '../meetings/meetingView.ts';
import { isLiveModeOn } from './liveModeSetting.ts';
import {
  readLiveModeChoice,
  subscribeLiveModeChoice,
  writeLiveModeChoice,
} from './liveModeStore.ts';

export interface LiveModeSetting {
  /** The secretary, while the meeting is held: only then is there a live mode to switch. */
  available: boolean;
  on: boolean;
  setOn(on: boolean): void;
}

export function useLiveModeSetting(
  view: Pick<MeetingView, 'meetingId' | 'isSecretary' | 'phase'>,
): LiveModeSetting {
  const { meetingId } = view;
  const stored = useSyncExternalStore(subscribeLiveModeChoice, () => readLiveModeChoice(meetingId));
  const available = view.isSecretary && view.phase === 'live';
  const setOn = useCallback((on: boolean) => writeLiveModeChoice(meetingId, on), [meetingId]);
  return { available, on: isLiveModeOn(available, stored), setOn };
}
