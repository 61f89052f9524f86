/**
 * Time. Code that decides by the time (sign-in lockouts, idle sessions, reminders, notices,
 * deadlines) takes a `Clock` passed in, so tests move time instead of waiting for it; `now()`
 * stays for timestamps of writes.
 */

/** Where "now" comes from. */
export interface Clock {
  now: () => Date;
}

/** The machine's clock. */
export const systemClock: Clock = { now: () => new Date() };

/** The current instant as the ISO string every timestamp column stores. */
export const now = (): string => new Date().toISOString();

/** Today's date (UTC) as `YYYY-MM-DD`, for due-date comparisons. */
export const today = (): string => now().slice(0, 10);

/** `date` moved by `minutes`, as an ISO string. */
export const plusMinutes = (date: Date, minutes: number): string =>
  new Date(date.getTime() + minutes * 60_000).toISOString();

/** The calendar date (`YYYY-MM-DD`) of `clock` in `timeZone` (the jurisdiction's, not UTC). */
export function dateIn(clock: Clock, timeZone: string): string {
  // en-CA formats as YYYY-MM-DD.
  return new Intl.DateTimeFormat('en-CA', {
    timeZone,
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
  }).format(clock.now());
}
