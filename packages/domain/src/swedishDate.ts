/**
 * Swedish dates and times as the minutes write them: "19 december 2024", "09.30–12.00".
 * Written by hand rather than through Intl so that the output never depends on the ICU data
 * the server happens to ship with.
 */
import { stockholmWallClock } from './calendar/stockholmTime.ts';

const MONTHS = [
  'januari',
  'februari',
  'mars',
  'april',
  'maj',
  'juni',
  'juli',
  'augusti',
  'september',
  'oktober',
  'november',
  'december',
] as const;

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})/;
const CLOCK = /^(\d{1,2})[:.](\d{2})$/;

/** "2024-12-19" (or a full ISO timestamp) → "19 december 2024"; anything else is returned as is. */
export function formatSwedishDate(isoDate: string): string {
  const match = ISO_DATE.exec(isoDate.trim());
  if (!match) return isoDate.trim();
  const [, year, month, day] = match;
  const monthName = MONTHS[Number(month) - 1];
  if (!monthName || Number(day) < 1 || Number(day) > 31) return isoDate.trim();
  return `${Number(day)} ${monthName} ${year}`;
}

/** "9:30" or "09:30" → "09.30"; anything else is returned trimmed. */
export function formatSwedishTime(clock: string): string {
  const match = CLOCK.exec(clock.trim());
  if (!match) return clock.trim();
  const [, hours, minutes] = match;
  return `${String(hours).padStart(2, '0')}.${minutes}`;
}

/** "09:30" + "12:15" → "09.30–12.15" (en dash); an empty end gives the start alone. */
export function formatSwedishTimeRange(start: string, end: string): string {
  const from = formatSwedishTime(start);
  const to = formatSwedishTime(end);
  if (from && to) return `${from}–${to}`;
  return from || to;
}

/**
 * A version's time: "2024-12-19" → "19 december 2024"; a full timestamp → "19 december 2024
 * kl. 09.30" in Stockholm time, so two drafts of one day can be told apart.
 */
export function formatVersionTime(iso: string): string {
  const instant = /T\d/.test(iso) ? Date.parse(iso) : Number.NaN;
  if (Number.isNaN(instant)) return formatSwedishDate(iso);
  const { date, clock } = stockholmWallClock(instant);
  return `${formatSwedishDate(date)} kl. ${clock}`;
}
