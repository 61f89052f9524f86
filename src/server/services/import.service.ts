/**
 * Stores a plan reading — plan, categories, units, leaders, items, the period and its reports —
 * in one transaction, short because the reading is judged before it starts and the rows are
 * written a table at a time (import-items.ts). The same plan (jurisdiction, title, year) imported for a later period adds
 * that period's reports to it. A dry run performs the very same writes and rolls them back, so
 * what it reports is exactly what a real import would do.
 */
import type { Kysely } from 'kysely';
import type { PlanReading, Warning } from '../../core/model.ts';
import type { PlanDocument } from '../../core/plan-document.ts';
import { buildPlanDocument } from '../../core/read-plan.ts';
import type { Database } from '../db/schema.ts';
import { AppError } from '../errors.ts';
import type { Actor } from '../policies/actor.ts';
import type { ReportState } from '../policies/report.policy.ts';
import { insertAuditEvent } from '../repositories/audit.repository.ts';
import { findPeriodByLabel, insertPeriod } from '../repositories/period.repository.ts';
import {
  findPlanByIdentity,
  insertCategory,
  insertPlan,
  listCategories,
  upsertJurisdiction,
} from '../repositories/plan.repository.ts';
import { importItems } from './import-items.ts';
import { planIdentity } from './plan-identity.ts';
import { recordPublications } from './publication.service.ts';

export interface ImportSummary {
  dryRun: boolean;
  plan: { id: number | null; title: string; year: number; jurisdiction: string; created: boolean };
  period: { id: number | null; label: string; end: string };
  items: { created: number; matched: number };
  reports: { created: number };
  units: { created: number; names: string[] };
  leaders: { created: number; names: string[] };
  warnings: number;
  /** Every warning the reading raised, for the upload screen's preview. */
  warningList: Warning[];
}

export interface ImportOptions {
  actor: Actor;
  dryRun?: boolean;
  /** State of the imported reports: `approved` (the office's consolidated table) by default. */
  state?: ReportState;
  jurisdiction?: string;
  /** The reading already judged (by a worker thread); judged here when absent. */
  doc?: PlanDocument;
}

class DryRunRollback extends Error {
  constructor(readonly summary: ImportSummary) {
    super('dry run');
  }
}

async function categoryIds(
  db: Kysely<Database>,
  planId: number,
  reading: PlanReading,
): Promise<number[]> {
  const stored = await listCategories(db, planId);
  const ids: number[] = [];
  for (const [position, category] of reading.categories.entries()) {
    const match =
      stored.find((c) => c.ordinal === category.ordinal && c.title === category.title) ??
      stored[position];
    ids.push(match?.id ?? (await insertCategory(db, { planId, position, ...category })));
  }
  return ids;
}

export async function importInTransaction(
  db: Kysely<Database>,
  reading: PlanReading,
  doc: PlanDocument,
  options: ImportOptions,
): Promise<ImportSummary> {
  const identity = planIdentity(reading.plan, options.jurisdiction);
  const period = reading.plan.period ?? {
    label: `${reading.plan.year}年`,
    start: `${reading.plan.year}-01-01`,
    end: `${reading.plan.year}-12-31`,
  };
  const jurisdictionId = await upsertJurisdiction(db, identity.jurisdiction);
  const existing = await findPlanByIdentity(db, {
    jurisdictionId,
    title: identity.title,
    year: identity.year,
  });
  const planId =
    existing?.id ??
    (await insertPlan(db, {
      jurisdictionId,
      ...identity,
      declaredItemCount: reading.plan.declaredItemCount,
    }));
  if (existing && (await findPeriodByLabel(db, planId, period.label))) {
    throw new AppError('period_already_imported', {
      message: `“${identity.title}”的“${period.label}”已导入过`,
      messageEn: `Period "${period.label}" of "${identity.title}" has already been imported`,
    });
  }
  const periodId = await insertPeriod(db, {
    planId,
    ...period,
    dueDate: null,
    open: false,
    sourceTitle: reading.plan.title,
    warnings: reading.warnings,
  });
  const categories = await categoryIds(db, planId, reading);
  const tally = await importItems(db, {
    planId,
    periodId,
    categoryIds: categories,
    items: reading.items,
    docs: doc.items,
    state: options.state ?? 'approved',
  });
  const summary: ImportSummary = {
    dryRun: options.dryRun ?? false,
    plan: { id: planId, ...identity, created: !existing },
    period: { id: periodId, label: period.label, end: period.end },
    items: { created: tally.itemsCreated, matched: tally.itemsMatched },
    reports: { created: tally.reportsCreated },
    units: { created: tally.unitsCreated.length, names: tally.unitsCreated },
    leaders: { created: tally.leadersCreated.length, names: tally.leadersCreated },
    warnings: reading.warnings.length,
    warningList: reading.warnings,
  };
  await recordPublications(db, options.actor, { periodId });
  await insertAuditEvent(db, {
    userId: options.actor.userId,
    actor: options.actor.name,
    action: 'plan.import',
    entity: 'plan',
    entityId: planId,
    after: summary,
  });
  if (options.dryRun) throw new DryRunRollback(summary);
  return summary;
}

/** Imports `reading`; on a dry run nothing is kept and ids of new rows are reported as null. */
export async function importReading(
  db: Kysely<Database>,
  reading: PlanReading,
  options: ImportOptions,
): Promise<ImportSummary> {
  if (reading.items.length === 0)
    throw new AppError('not_a_table', {
      message: '表格中没有找到任何事项',
      messageEn: 'No items were found in the table',
    });
  const doc = options.doc ?? buildPlanDocument(reading);
  try {
    return await db.transaction().execute((trx) => importInTransaction(trx, reading, doc, options));
  } catch (error) {
    if (!(error instanceof DryRunRollback)) throw error;
    const { summary } = error;
    return {
      ...summary,
      plan: { ...summary.plan, id: summary.plan.created ? null : summary.plan.id },
      period: { ...summary.period, id: null },
    };
  }
}
