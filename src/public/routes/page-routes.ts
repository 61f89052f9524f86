/** What the public site's route groups are given: the scope under /p, the database, the cache. */
import type { Kysely } from 'kysely';
import type { Database } from '../../server/db/schema.ts';
import type { PublicCache } from '../../server/http/public-cache.ts';
import type { RouteDeps, ZodApp } from '../../server/http/zod-app.ts';

export interface PageDeps extends RouteDeps {
  db: Kysely<Database>;
  cache: PublicCache;
}

/** Registers a group of pages inside the /p scope. */
export type PageRoutes = (scope: ZodApp, deps: PageDeps) => void;
