/**
 * The office sets up a plan before its table arrives (an import with the same jurisdiction,
 * title and year then fills it) and corrects its title or declared item count. Audited; a stale
 * edit is refused with 409 and the current plan.
 */
import type { Kysely } from 'kysely';
import type { Database } from '../db/schema.ts';
import { AppError } from '../errors.ts';
import type { Actor } from '../policies/actor.ts';
import { requireRole } from '../policies/admin.policy.ts';
import { type PlanDto, presentPlan } from '../presenters/plan.presenter.ts';
import { insertAuditEvent } from '../repositories/audit.repository.ts';
import {
  findPlanByIdentity,
  getPlan,
  insertPlan,
  updatePlanIfVersion,
  upsertJurisdiction,
} from '../repositories/plan.repository.ts';

type Db = Kysely<Database>;

async function stored(db: Db, id: number): Promise<PlanDto> {
  const row = await getPlan(db, id);
  if (!row) throw new AppError('not_found');
  return presentPlan(row);
}

/** POST /api/plans */
export async function createPlan(
  db: Db,
  actor: Actor,
  input: { title: string; year: number; jurisdiction: string; declaredItemCount: number | null },
): Promise<PlanDto> {
  requireRole(actor, 'admin');
  return db.transaction().execute(async (trx) => {
    const jurisdictionId = await upsertJurisdiction(trx, input.jurisdiction);
    const key = { jurisdictionId, title: input.title, year: input.year };
    if (await findPlanByIdentity(trx, key))
      throw new AppError('already_exists', {
        message: `${input.jurisdiction}${input.year}年已有计划“${input.title}”`,
        messageEn: `${input.jurisdiction} already has the plan "${input.title}" for ${input.year}`,
      });
    const id = await insertPlan(trx, { ...key, declaredItemCount: input.declaredItemCount });
    const after = await stored(trx, id);
    await insertAuditEvent(trx, {
      userId: actor.userId,
      actor: actor.name,
      action: 'plan.create',
      entity: 'plan',
      entityId: id,
      after,
    });
    return after;
  });
}

/** PATCH /api/plans/:id */
export async function updatePlan(
  db: Db,
  actor: Actor,
  id: number,
  input: {
    version: number;
    title?: string | undefined;
    declaredItemCount?: number | null | undefined;
  },
): Promise<PlanDto> {
  requireRole(actor, 'admin');
  return db.transaction().execute(async (trx) => {
    const before = await stored(trx, id);
    const fields = {
      ...(input.title !== undefined ? { title: input.title } : {}),
      ...(input.declaredItemCount !== undefined
        ? { declared_item_count: input.declaredItemCount }
        : {}),
    };
    if (!(await updatePlanIfVersion(trx, id, input.version, fields)))
      throw new AppError('version_conflict', { details: { current: before } });
    const after = await stored(trx, id);
    await insertAuditEvent(trx, {
      userId: actor.userId,
      actor: actor.name,
      action: 'plan.update',
      entity: 'plan',
      entityId: id,
      before,
      after,
    });
    return after;
  });
}
