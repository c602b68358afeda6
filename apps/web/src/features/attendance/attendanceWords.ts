import type { TFunction } from 'i18next';
import type { AttendanceState } from '@anteckna/contract';

/** "under punkt 6", "från och med punkt 4 b"; empty for the whole meeting. */
export function partOfMeetingWords(
  t: TFunction,
  from: string | undefined,
  until: string | undefined,
): string {
  if (from && until)
    return from === until
      ? t('attendance.part.one', { from })
      : t('attendance.part.both', { from, until });
  if (from) return t('attendance.part.from', { from });
  if (until) return t('attendance.part.until', { until });
  return '';
}

/** "Närvarande, på distans, under punkt 6"; "Vakant" for an empty seat. */
/** How one person attends, with items by number: the panel and the comparison both say it. */
export function attendanceWords(t: TFunction, state: AttendanceState): string {
  if (state.vacant) return t('attendance.vacant');
  const status =
    state.status === 'acting' && state.actingFor
      ? `${t('attendance.status.acting')} (${state.actingFor})`
      : t(`attendance.status.${state.status}`);
  const present = state.status === 'present' || state.status === 'acting';
  return [
    status,
    present && state.where ? t(`attendance.where.${state.where}`).toLowerCase() : '',
    present ? partOfMeetingWords(t, state.fromItem, state.untilItem) : '',
  ]
    .filter(Boolean)
    .join(', ');
}
