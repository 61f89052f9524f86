/** Reporting periods: the office opens one, sets its due date, and closes it. */
import type { Kysely } from 'kysely';
import type { Database } from '../db/schema.ts';
import { AppError } from '../errors.ts';
import type { Actor } from '../policies/actor.ts';
import { requireRole } from '../policies/admin.policy.ts';
import { type PeriodDto, presentPeriod } from '../presenters/plan.presenter.ts';
import { insertAuditEvent } from '../repositories/audit.repository.ts';
import {
  findPeriodByLabel,
  getPeriod,
  insertPeriod,
  listPeriods,
  updatePeriod,
} from '../repositories/period.repository.ts';
import { getPlan } from '../repositories/plan.repository.ts';
import { carryOverReports } from './carry-over.ts';
import { recordPublications } from './publication.service.ts';

export async function readPeriods(db: Kysely<Database>, planId: number): Promise<PeriodDto[]> {
  if (!(await getPlan(db, planId))) throw new AppError('not_found');
  return (await listPeriods(db, planId)).map(presentPeriod);
}

/**
 * Opens a period; with `carryOver`, each item's last approved report becomes its starting draft
 * (carry-over.ts), in the same transaction.
 */
export async function createPeriod(
  db: Kysely<Database>,
  actor: Actor,
  planId: number,
  input: {
    label: string;
    start: string;
    end: string;
    dueDate: string | null;
    open: boolean;
    carryOver: boolean;
  },
): Promise<PeriodDto> {
  requireRole(actor, 'admin');
  return db.transaction().execute(async (trx) => {
    if (!(await getPlan(trx, planId))) throw new AppError('not_found');
    if (await findPeriodByLabel(trx, planId, input.label)) throw new AppError('already_exists');
    const { carryOver, ...fields } = input;
    const id = await insertPeriod(trx, { planId, ...fields, sourceTitle: null, warnings: [] });
    const created = await getPeriod(trx, id);
    if (!created) throw new AppError('internal');
    const after = presentPeriod(created);
    await insertAuditEvent(trx, {
      userId: actor.userId,
      actor: actor.name,
      action: 'period.create',
      entity: 'period',
      entityId: id,
      after,
    });
    if (carryOver) await carryOverReports(trx, actor, created);
    return after;
  });
}

/**
 * PATCH /api/periods/:id: due date, open or closed. With `version` (the web app always sends
 * it) a stale change is refused with 409 and the current period.
 */
export async function changePeriod(
  db: Kysely<Database>,
  actor: Actor,
  id: number,
  input: {
    dueDate?: string | null | undefined;
    open?: boolean | undefined;
    version?: number | undefined;
  },
): Promise<PeriodDto> {
  requireRole(actor, 'admin');
  return db.transaction().execute(async (trx) => {
    const row = await getPeriod(trx, id);
    if (!row) throw new AppError('not_found');
    const before = presentPeriod(row);
    const { version, ...fields } = input;
    if (!(await updatePeriod(trx, id, fields, version)))
      throw new AppError('version_conflict', { details: { current: before } });
    const after = presentPeriod((await getPeriod(trx, id)) ?? row);
    await insertAuditEvent(trx, {
      userId: actor.userId,
      actor: actor.name,
      action: 'period.update',
      entity: 'period',
      entityId: id,
      before,
      after,
    });
    // Closing a period may complete its publication as a whole.
    await recordPublications(trx, actor, { periodId: id });
    return after;
  });
}
