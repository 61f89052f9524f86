/** Which period a page shows when the address names none: decided once, on the server. */
import type { Kysely } from 'kysely';
import type { Database } from '../db/schema.ts';
import { AppError } from '../errors.ts';
import type { Actor } from '../policies/actor.ts';
import { getPlan } from '../repositories/plan.repository.ts';
import { defaultPeriodId } from './item.service.ts';

/** GET /api/plans/:id/default-period */
export async function readDefaultPeriod(
  db: Kysely<Database>,
  actor: Actor,
  planId: number,
): Promise<{ periodId: number | null }> {
  if (!(await getPlan(db, planId))) throw new AppError('not_found');
  return { periodId: await defaultPeriodId(db, planId, actor) };
}
