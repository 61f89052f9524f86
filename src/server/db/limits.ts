/** Ranges the database columns hold, so inputs beyond them are refused before any query. */

/** The largest id or version: ids and versions are 32-bit integer columns on PostgreSQL. */
export const MAX_INT = 2_147_483_647;
