/** What the supervision services need besides the actor: the database and the clock. */
import type { Kysely } from 'kysely';
import type { Clock } from '../db/clock.ts';
import type { Database } from '../db/schema.ts';

export interface ServiceContext {
  db: Kysely<Database>;
  clock: Clock;
}

/** The context's current instant as the ISO string timestamp columns store. */
export const stamp = (ctx: { clock: Clock }): string => ctx.clock.now().toISOString();

/** Runs `work` in a transaction with the same clock. */
export const inTransaction = <T>(
  ctx: ServiceContext,
  work: (trx: ServiceContext) => Promise<T>,
): Promise<T> => ctx.db.transaction().execute((db) => work({ db, clock: ctx.clock }));
