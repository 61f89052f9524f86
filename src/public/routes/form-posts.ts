/** What every public form post shares: the posting rate per address, and a miss as null. */
import type { Kysely } from 'kysely';
import type { Database } from '../../server/db/schema.ts';
import { AppError } from '../../server/errors.ts';
import { readSetting } from '../../server/services/settings.service.ts';

/** The route config limiting posts per client address to the `public.postsPerHour` setting. */
export const postLimit = (db: Kysely<Database>) => ({
  rateLimit: {
    max: () => readSetting(db, 'public.postsPerHour'),
    timeWindow: '1 hour',
    keyGenerator: (request: { ip: string }) => request.ip,
  },
});

/** `lookup`'s answer, or null when it finds nothing (a page shows "not found" in its own words). */
export const orNull = <T>(lookup: Promise<T>): Promise<T | null> =>
  lookup.catch((error: unknown) => {
    if (error instanceof AppError && error.code === 'not_found') return null;
    throw error;
  });
