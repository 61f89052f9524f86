/** Loads a report with what deciding access needs, and presents it once access is granted. */
import type { Kysely } from 'kysely';
import type { Database } from '../db/schema.ts';
import { AppError } from '../errors.ts';
import type { Actor } from '../policies/actor.ts';
import { canReadReport, type ItemAccess, type ReportState } from '../policies/report.policy.ts';
import { presentReport, type ReportDto } from '../presenters/report.presenter.ts';
import { listActuals } from '../repositories/indicator.repository.ts';
import { getItemAccess } from '../repositories/item.repository.ts';
import { getReport, listPoints } from '../repositories/report.repository.ts';

/** The report row and its item's access, or not_found. */
export async function loadReport(db: Kysely<Database>, id: number) {
  const row = await getReport(db, id);
  if (!row) throw new AppError('not_found');
  const access: ItemAccess = await getItemAccess(db, row.item_id);
  return { row, access };
}

/** The report as the API shows it (no access check: callers decide). */
export async function reportView(db: Kysely<Database>, id: number): Promise<ReportDto> {
  const row = await getReport(db, id);
  if (!row) throw new AppError('not_found');
  const [points, actuals] = await Promise.all([listPoints(db, [id]), listActuals(db, [id])]);
  return presentReport(row, points, actuals);
}

/** Throws 401 for the public and 403 for others when the actor may not read this report. */
export function assertCanRead(actor: Actor, access: ItemAccess, state: string): void {
  if (canReadReport(actor, access, state as ReportState)) return;
  throw new AppError(actor.role === 'public' ? 'unauthenticated' : 'forbidden');
}

/** GET /api/reports/:id */
export async function readReport(
  db: Kysely<Database>,
  actor: Actor,
  id: number,
): Promise<ReportDto> {
  const { row, access } = await loadReport(db, id);
  assertCanRead(actor, access, row.state);
  return reportView(db, id);
}
