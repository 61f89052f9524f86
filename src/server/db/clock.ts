/** The current instant as the ISO string every timestamp column stores. */
export const now = (): string => new Date().toISOString();

/** Today's date (UTC) as `YYYY-MM-DD`, for due-date comparisons. */
export const today = (): string => now().slice(0, 10);

/**
 * Where sign-in and session rules read the time: the app takes one, so tests move time forward
 * (lockout windows, idle timeouts) without waiting.
 */
export type Clock = () => Date;

export const systemClock: Clock = () => new Date();

/** `date` moved by `minutes`, as an ISO string. */
export const plusMinutes = (date: Date, minutes: number): string =>
  new Date(date.getTime() + minutes * 60_000).toISOString();
