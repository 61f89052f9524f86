/** Reading plans and their categories: public information. */
import type { Kysely } from 'kysely';
import type { Database } from '../db/schema.ts';
import { AppError } from '../errors.ts';
import { type PlanDto, presentCategory, presentPlan } from '../presenters/plan.presenter.ts';
import { getPlan, listCategories, listPlans } from '../repositories/plan.repository.ts';

export const readPlans = async (db: Kysely<Database>): Promise<PlanDto[]> =>
  (await listPlans(db)).map(presentPlan);

export async function readPlan(db: Kysely<Database>, id: number): Promise<PlanDto> {
  const plan = await getPlan(db, id);
  if (!plan) throw new AppError('not_found');
  return presentPlan(plan);
}

export async function readCategories(db: Kysely<Database>, planId: number) {
  await readPlan(db, planId);
  return (await listCategories(db, planId)).map(presentCategory);
}
