import type { Language } from './i18n.ts';

const LOCALE: Record<Language, string> = { sv: 'sv-SE', en: 'en-GB' };

/** Parses "YYYY-MM-DD" as a calendar day: no time zone may move it to the day before. */
function calendarDay(isoDate: string): Date | null {
  const match = /^(\d{4})-(\d{2})-(\d{2})/.exec(isoDate);
  if (!match) return null;
  return new Date(Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3])));
}

/** "19 december 2024" / "19 December 2024"; the input as it is when it is not a date. */
export function formatDate(isoDate: string, language: Language): string {
  const day = calendarDay(isoDate);
  if (!day) return isoDate;
  return new Intl.DateTimeFormat(LOCALE[language], {
    day: 'numeric',
    month: 'long',
    year: 'numeric',
    timeZone: 'UTC',
  }).format(day);
}

/**
 * "09.00" in Swedish, "09:00" in English. Swedish style (Språkrådet, and every reference set of
 * minutes) separates hours and minutes with a full stop, while sv-SE in current ICU prints a
 * colon; so the parts come from Intl and the Swedish separator is ours.
 */
export function formatTime(hhmm: string, language: Language): string {
  const match = /^(\d{1,2})[:.](\d{2})$/.exec(hhmm.trim());
  if (!match) return hhmm;
  const instant = new Date(Date.UTC(2000, 0, 1, Number(match[1]), Number(match[2])));
  const parts = new Intl.DateTimeFormat(LOCALE[language], {
    hour: '2-digit',
    minute: '2-digit',
    hourCycle: 'h23',
    timeZone: 'UTC',
  }).formatToParts(instant);
  const hour = parts.find((part) => part.type === 'hour')?.value ?? match[1];
  const minute = parts.find((part) => part.type === 'minute')?.value ?? match[2];
  return `${hour}${language === 'sv' ? '.' : ':'}${minute}`;
}

/** "09.00–12.15" with an en dash; one time alone when the end is not known. */
export function formatTimeRange(start: string, end: string, language: Language): string {
  if (!start) return '';
  if (!end) return formatTime(start, language);
  return `${formatTime(start, language)}–${formatTime(end, language)}`;
}
