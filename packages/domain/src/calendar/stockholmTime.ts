/**
 * Wall-clock time in Stockholm → the instant it denotes. Meetings are typed in local time; a
 * calendar needs the instant, and the offset changes twice a year (CET/CEST), so it is asked of
 * the time-zone database through Intl rather than assumed.
 */
const ZONE = 'Europe/Stockholm';

const formatter = new Intl.DateTimeFormat('en-GB', {
  timeZone: ZONE,
  hourCycle: 'h23',
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
  hour: '2-digit',
  minute: '2-digit',
  second: '2-digit',
});

/** Milliseconds Stockholm is ahead of UTC at `instant`. */
function offsetAt(instant: number): number {
  const parts = Object.fromEntries(
    formatter.formatToParts(new Date(instant)).map((part) => [part.type, part.value]),
  );
  const asUtc = Date.UTC(
    Number(parts.year),
    Number(parts.month) - 1,
    Number(parts.day),
    Number(parts.hour),
    Number(parts.minute),
    Number(parts.second),
  );
  return asUtc - Math.floor(instant / 1000) * 1000;
}

/** "2024-12-19" + "09:30" → the UTC instant, or null when either part is not a valid value. */
export function stockholmInstant(isoDate: string, clock: string): number | null {
  const date = /^(\d{4})-(\d{2})-(\d{2})$/.exec(isoDate.trim());
  const time = /^(\d{1,2})[:.](\d{2})$/.exec(clock.trim());
  if (!date || !time) return null;
  const wall = Date.UTC(
    Number(date[1]),
    Number(date[2]) - 1,
    Number(date[3]),
    Number(time[1]),
    Number(time[2]),
  );
  if (Number.isNaN(wall)) return null;
  // Two rounds settle the offset also on the days the clocks change.
  const first = wall - offsetAt(wall);
  return wall - offsetAt(first);
}

/** The instant → Stockholm's wall clock: `{ date: "2024-12-19", clock: "09.30" }`. */
export function stockholmWallClock(instant: number): { date: string; clock: string } {
  const parts = Object.fromEntries(
    formatter.formatToParts(new Date(instant)).map((part) => [part.type, part.value]),
  );
  return {
    date: `${parts.year}-${parts.month}-${parts.day}`,
    clock: `${parts.hour}.${parts.minute}`,
  };
}
