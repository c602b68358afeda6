import { useCallback, useEffect, useState } from 'react';
import { meetingDetailEndpoint, type MeetingDetail } from '@anteckna/contract';
import { callApi } from '../../app/api.ts';

export type MeetingDetailLoad =
  | { status: 'loading' }
  | { status: 'error'; error: unknown }
  | { status: 'ready'; detail: MeetingDetail };

/** GET /api/meetings/:id: the meeting, the person's access, and the minutes as the server reads them. */
export function useMeetingDetail(meetingId: string): { load: MeetingDetailLoad; reload(): void } {
  const [load, setLoad] = useState<MeetingDetailLoad>({ status: 'loading' });
  const [version, setVersion] = useState(0);

  useEffect(() => {
    const controller = new AbortController();
    callApi(meetingDetailEndpoint, { params: { id: meetingId }, signal: controller.signal }).then(
      (detail) => setLoad({ status: 'ready', detail }),
      (error: unknown) => {
        if (!controller.signal.aborted) setLoad({ status: 'error', error });
      },
    );
    return () => controller.abort();
  }, [meetingId, version]);

  return { load, reload: useCallback(() => setVersion((current) => current + 1), []) };
}
