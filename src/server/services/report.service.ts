/**
 * Drafting reports: a unit creates the report of an item for an open period and saves it as
 * often as it likes, each save naming the version it started from. A save from a stale version
 * is refused with 409 and the current report, never applied over someone else's.
 */
import type { Kysely } from 'kysely';
import { dbFault } from '../db/db-error.ts';
import type { Database } from '../db/schema.ts';
import { AppError } from '../errors.ts';
import type { Actor } from '../policies/actor.ts';
import { canWriteReport } from '../policies/report.policy.ts';
import type { ReportDto } from '../presenters/report.presenter.ts';
import { insertAuditEvent } from '../repositories/audit.repository.ts';
import { getItem, getItemAccess } from '../repositories/item.repository.ts';
import { getPeriod } from '../repositories/period.repository.ts';
import {
  findReport,
  insertReport,
  insertReportVersion,
  updateReportIfVersion,
} from '../repositories/report.repository.ts';
import { loadReport, reportView } from './report-access.ts';
import { type ReportContent, writeContent } from './report-content.ts';

type Db = Kysely<Database>;

async function assertWritable(db: Db, actor: Actor, itemId: number, periodId: number) {
  const [item, period] = await Promise.all([getItem(db, itemId), getPeriod(db, periodId)]);
  if (!item || !period || period.plan_id !== item.plan_id) throw new AppError('not_found');
  if (!canWriteReport(actor, await getItemAccess(db, itemId))) {
    throw new AppError(actor.role === 'public' ? 'unauthenticated' : 'forbidden');
  }
  if (!period.is_open) throw new AppError('period_closed');
  return { item, period };
}

/** An item and the open period a draft is written for. */
export type WritableItem = Awaited<ReturnType<typeof assertWritable>>;

/**
 * The one way a draft's content is written: points, actuals and assessment, a version
 * snapshot, and the audit event with what the report was before (none for a new one).
 */
export async function recordDraft(
  trx: Db,
  actor: Actor,
  draft: WritableItem & {
    reportId: number;
    content: ReportContent;
    version: number;
    action: 'report.create' | 'report.save' | 'report.carry_over' | 'report.compose';
    before?: ReportDto;
  },
): Promise<ReportDto> {
  const { reportId } = draft;
  const { fields } = await writeContent(trx, {
    reportId,
    item: draft.item,
    periodEnd: draft.period.end_date,
    content: draft.content,
  });
  await trx.updateTable('reports').set(fields).where('id', '=', reportId).execute();
  const after = await reportView(trx, reportId);
  await insertReportVersion(trx, {
    reportId,
    version: draft.version,
    state: 'draft',
    snapshot: after,
    userId: actor.userId,
  });
  await insertAuditEvent(trx, {
    userId: actor.userId,
    actor: actor.name,
    action: draft.action,
    entity: 'report',
    entityId: reportId,
    ...(draft.before ? { before: draft.before } : {}),
    after,
  });
  return after;
}

/** 409 with the report that exists, as the caller would read it. */
async function alreadyExists(db: Db, reportId: number): Promise<AppError> {
  return new AppError('already_exists', { details: { current: await reportView(db, reportId) } });
}

/** POST /api/reports: the item's report for the period, as a draft (409 when one exists). */
export async function createDraft(
  db: Db,
  actor: Actor,
  input: { itemId: number; periodId: number } & ReportContent,
): Promise<ReportDto> {
  try {
    return await insertDraft(db, actor, input);
  } catch (error) {
    // Two creates raced past the check below: the unique index let one in; answer the other as
    // if it had come second. (PostgreSQL's failed transaction is over, so read outside it.)
    if (dbFault(error) !== 'unique_violation') throw error;
    const existing = await findReport(db, input.itemId, input.periodId);
    throw existing ? await alreadyExists(db, existing.id) : error;
  }
}

async function insertDraft(
  db: Db,
  actor: Actor,
  input: { itemId: number; periodId: number } & ReportContent,
): Promise<ReportDto> {
  return db.transaction().execute(async (trx) => {
    const { item, period } = await assertWritable(trx, actor, input.itemId, input.periodId);
    const existing = await findReport(trx, item.id, period.id);
    if (existing) throw await alreadyExists(trx, existing.id);
    const reportId = await insertReport(trx, {
      itemId: item.id,
      periodId: period.id,
      text: '',
      state: 'draft',
      author_unit_id: actor.role === 'reporter' ? actor.unitId : item.lead_unit_id,
      assessment: 'unknown',
      expected: 0,
    });
    return recordDraft(trx, actor, {
      reportId,
      item,
      period,
      content: input,
      version: 1,
      action: 'report.create',
    });
  });
}

/** PUT /api/reports/:id: saves a draft (or a returned report) from `version`. */
export async function saveDraft(
  db: Db,
  actor: Actor,
  id: number,
  input: { version: number } & ReportContent,
): Promise<ReportDto> {
  return db.transaction().execute(async (trx) => {
    const { row } = await loadReport(trx, id);
    const { item, period } = await assertWritable(trx, actor, row.item_id, row.period_id);
    const before = await reportView(trx, id);
    if (row.version !== input.version)
      throw new AppError('version_conflict', { details: { current: before } });
    if (row.state !== 'draft' && row.state !== 'returned')
      throw new AppError('invalid_transition', { details: { current: before } });
    // Compare-and-set first: it takes the row lock, so a concurrent save waits here and then fails.
    if (!(await updateReportIfVersion(trx, id, input.version, { state: 'draft' }))) {
      throw new AppError('version_conflict', { details: { current: await reportView(trx, id) } });
    }
    return recordDraft(trx, actor, {
      reportId: id,
      item,
      period,
      content: input,
      version: input.version + 1,
      action: 'report.save',
      before,
    });
  });
}
