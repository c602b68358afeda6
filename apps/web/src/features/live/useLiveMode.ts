import { useEffect, useRef } from 'react';
import type { MeetingView } from '../meetings/meetingView.ts';
import { useLiveModeSetting, type LiveModeSetting } from './useLiveModeSetting.ts';

/**
 * The live-mode setting for the page that switches its centre; when live mode ends (switched
 * off, or the meeting moves on) the full document opens at the item the meeting was at.
 */
export function useLiveMode(view: MeetingView, currentItemId: string | null): LiveModeSetting {
  const setting = useLiveModeSetting(view);
  const wasOn = useRef(setting.on);
  useEffect(() => {
    const left = wasOn.current && !setting.on;
    wasOn.current = setting.on;
    if (left && currentItemId) {
      document.getElementById(`item-${currentItemId}`)?.scrollIntoView({ block: 'start' });
    }
  }, [setting.on, currentItemId]);
  return setting;
}
