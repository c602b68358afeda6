import { attendanceMap, setAttendance, type AttendanceInput } from '@anteckna/doc-schema';
import type { AppDeps } from '../appDeps.ts';
import { SERVER_ORIGIN } from '../collab/room.ts';

/**
 * Marks everyone still called as present, as the secretary does during the meeting: minutes are
 * circulated only once attendance is marked (doc-schema SPEC K30).
 */
export async function markEveryonePresent(deps: AppDeps, meetingId: string): Promise<void> {
  await deps.collab.writeDoc(meetingId, (room) =>
    room.doc.transact(() => {
      for (const [personId, value] of attendanceMap(room.doc).entries()) {
        const entry = value as AttendanceInput;
        if (entry.status === 'called')
          setAttendance(room.doc, personId, { ...entry, status: 'present' });
      }
    }, SERVER_ORIGIN),
  );
  await deps.collab.flush();
}
