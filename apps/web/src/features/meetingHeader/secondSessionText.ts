import type { MeetingHeader } from '@anteckna/doc-schema';
import type { Language } from '../../i18n/i18n.ts';
import { formatDate, formatTimeRange } from '../../i18n/formatDate.ts';

/**
 * The second session as the meeting block says it: "Kl. 08.30–09.30, Lilla salen", with the
 * date when it is another day than the meeting's; `before` when it comes first in the day.
 */
export function secondSessionLine(
  meeting: MeetingHeader,
  language: Language,
  t: (key: string, values: Record<string, string>) => string,
): { label: string; text: string; before: boolean } | null {
  const second = meeting.secondSession;
  if (!second) return null;
  const time = formatTimeRange(second.startTime, second.endTime, language);
  const when =
    second.date === meeting.date
      ? t('minutes.timeValue', { time })
      : t('secondSession.timeOnDay', { date: formatDate(second.date, language), time });
  const start = meeting.startTime.replace(':', '.').padStart(5, '0');
  return {
    label: second.label,
    text: second.place ? `${when}, ${second.place}` : when,
    before: `${second.date} ${second.startTime}` < `${meeting.date} ${start}`,
  };
}
