/** The current instant as the ISO string every timestamp column stores. */
export const now = (): string => new Date().toISOString();

/** Today's date (UTC) as `YYYY-MM-DD`, for due-date comparisons. */
export const today = (): string => now().slice(0, 10);
