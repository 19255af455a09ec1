/**
 * Dates as the API speaks them: YYYY-MM-DD in Québec's calendar (America/Montreal), the calendar the API checks them
 * against ("today or before"), whatever the browser's own time zone. Arithmetic on those dates (addDays, weeks) is
 * calendar arithmetic and does not depend on the zone.
 */

const pad = (n: number) => String(n).padStart(2, '0');

/** A local Date as YYYY-MM-DD. */
export function toIsoDate(date: Date): string {
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
}

/** The service's time zone: Québec's (the API's common/Dates.ZONE). */
export const QUEBEC_TIME_ZONE = 'America/Montreal';

const quebecCalendar = new Intl.DateTimeFormat('en-CA', {
  timeZone: QUEBEC_TIME_ZONE,
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
});

/**
 * Today, YYYY-MM-DD, in Québec's calendar: a browser set to UTC (or travelling) would otherwise be a day ahead every
 * evening, and the API would refuse today's activity as "in the future".
 */
export function todayIso(now: Date = new Date()): string {
  const parts = Object.fromEntries(quebecCalendar.formatToParts(now).map((p) => [p.type, p.value]));
  return `${parts.year}-${parts.month}-${parts.day}`;
}

/** YYYY-MM-DD as a local Date at midnight (not UTC: "2026-11-16" stays the 16th everywhere). */
export function parseIsoDate(value: string): Date {
  const [y, m, d] = value.slice(0, 10).split('-').map(Number);
  return new Date(y ?? 1970, (m ?? 1) - 1, d ?? 1);
}

export function addDays(value: string, days: number): string {
  const date = parseIsoDate(value);
  date.setDate(date.getDate() + days);
  return toIsoDate(date);
}

/** The Monday of the week of the date (weeks run Monday to Sunday, as the API's timesheet). */
export function startOfWeek(value: string): string {
  const date = parseIsoDate(value);
  const offset = (date.getDay() + 6) % 7;
  return addDays(value, -offset);
}
