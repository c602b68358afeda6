import type { Language } from '../../i18n/i18n.ts';
import { formatDate, formatTime } from '../../i18n/formatDate.ts';

/**
 * A moment the server stamped (ISO with time zone) as the reader's calendar day and clock
 * time, each in the app's own style ("23 november 2026", "11.13"). The time zone is the
 * browser's unless a test names one.
 */
export function instantText(
  iso: string,
  language: Language,
  timeZone?: string,
): { date: string; time: string } | null {
  const instant = new Date(iso);
  if (Number.isNaN(instant.getTime())) return null;
  const parts = new Intl.DateTimeFormat('en-CA', {
    timeZone,
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    hour: '2-digit',
    minute: '2-digit',
    hourCycle: 'h23',
  }).formatToParts(instant);
  const part = (type: Intl.DateTimeFormatPartTypes) =>
    parts.find((entry) => entry.type === type)?.value ?? '';
  return {
    date: formatDate(`${part('year')}-${part('month')}-${part('day')}`, language),
    time: formatTime(`${part('hour')}:${part('minute')}`, language),
  };
}
