/** Dates as the API speaks them (YYYY-MM-DD, Québec calendar = the browser's local calendar). */

const pad = (n: number) => String(n).padStart(2, '0');

/** A local Date as YYYY-MM-DD. */
export function toIsoDate(date: Date): string {
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
}

/** Today, YYYY-MM-DD, in the local calendar. */
export function todayIso(now: Date = new Date()): string {
  return toIsoDate(now);
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
