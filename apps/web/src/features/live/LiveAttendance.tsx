import { useId } from 'react';
import type { Ref } from 'react';
import { useTranslation } from 'react-i18next';
import { MarkAttendanceForm } from '../attendance/MarkAttendanceForm.tsx';
import '../attendance/attendance.css';
import { useMeetingState } from '../meetings/meetingView.ts';
import { attendanceCount } from './attendanceCount.ts';

/**
 * Attendance as the meeting goes: a name typed marks the person present; who is missing. Before
 * anyone is marked it says so, never "19 av 19 närvarande".
 */
export function LiveAttendance({ entryRef }: { entryRef: Ref<HTMLDivElement> }) {
  const { t } = useTranslation();
  const view = useMeetingState();
  const headingId = useId();
  const count = attendanceCount(view.model.attendance);
  const missing = view.model.notRepresented;
  return (
    <section className="live-attendance" aria-labelledby={headingId}>
      <div className="live-attendance-head">
        <h2 id={headingId}>{t('liveMode.attendanceHeading')}</h2>
        <p className="live-attendance-count">
          {count.unmarked === count.total && count.total > 0
            ? t('liveMode.attendanceNobodyMarked', count)
            : count.unmarked > 0
              ? t('liveMode.attendanceCountUnmarked', count)
              : t('liveMode.attendanceCount', count)}
        </p>
      </div>
      {view.accessOf('attendance').editable && (
        <div ref={entryRef} className="live-attendance-entry">
          <MarkAttendanceForm />
        </div>
      )}
      {/* Before anyone is marked, nobody is represented or missing yet. */}
      {count.unmarked < count.total && (
        <p className="live-attendance-missing">
          {missing.length > 0 ? (
            <>
              <strong>{t('attendance.notRepresented')}:</strong> {missing.join(', ')}
            </>
          ) : (
            t('liveMode.allRepresented')
          )}
        </p>
      )}
    </section>
  );
}
