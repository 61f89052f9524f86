/**
 * The submission checks of a stored report (core/checks/submission-checks.ts) against its item's
 * approved baseline and the item's report of the previous period. Computed on demand for the
 * reporter, and stored with the report when it is submitted, for the reviewer.
 */
import type { Kysely } from 'kysely';
import {
  type CheckedIndicator,
  checkSubmission,
  type SubmissionCheck,
} from '../../core/checks/submission-checks.ts';
import type { Assessment, ItemStatus, StatusClaim } from '../../core/model.ts';
import type { Database } from '../db/schema.ts';
import { AppError } from '../errors.ts';
import type { Actor } from '../policies/actor.ts';
import { requireRole } from '../policies/admin.policy.ts';
import { listActuals } from '../repositories/indicator.repository.ts';
import { getItem } from '../repositories/item.repository.ts';
import { getPeriod } from '../repositories/period.repository.ts';
import { listPoints } from '../repositories/report.repository.ts';
import { toCoreIndicator } from './assess-report.ts';
import { effectiveBaseline } from './effective-baseline.ts';
import { assertCanRead, loadReport } from './report-access.ts';

type Db = Kysely<Database>;

/** The item's report in the latest period before `end` that a unit handed in. */
function previousReport(db: Db, itemId: number, end: string) {
  return db
    .selectFrom('reports as r')
    .innerJoin('periods as p', 'p.id', 'r.period_id')
    .select(['r.id', 'r.text'])
    .where('r.item_id', '=', itemId)
    .where('p.end_date', '<', end)
    .where('r.state', 'in', ['submitted', 'approved', 'published'])
    .orderBy('p.end_date', 'desc')
    .executeTakeFirst();
}

/** What the checks read of one report, stored or still being written. */
export interface CheckedReport {
  item: { id: number };
  periodEnd: string;
  /** The item's indicators against the approved baseline (effectiveBaseline). */
  indicators: Awaited<ReturnType<typeof effectiveBaseline>>['indicators'];
  /** The report's figures, by indicator id. */
  actuals: Map<
    number,
    {
      actual: number | null;
      actualText: string | null;
      reportedPercent: number | null;
      achieved: boolean | null;
    }
  >;
  report: {
    statusLabel: string | null;
    statusClaim: StatusClaim | null;
    points: string[];
    text: string;
    explanation: string | null;
  };
  assessment: Assessment;
}

/** The checks of one report against the item's report of the period before. */
export async function checksOf(db: Db, input: CheckedReport): Promise<SubmissionCheck[]> {
  const previous = await previousReport(db, input.item.id, input.periodEnd);
  const previousActuals = previous ? await listActuals(db, [previous.id]) : [];
  const indicators: CheckedIndicator[] = input.indicators.map((stored) => {
    const a = input.actuals.get(stored.id);
    return {
      ...toCoreIndicator(stored),
      id: stored.id,
      actual: a?.actual ?? null,
      actualText: a?.actualText ?? null,
      reportedPercent: a?.reportedPercent ?? null,
      achieved: a?.achieved ?? null,
    };
  });
  return checkSubmission({
    indicators,
    report: input.report,
    assessment: input.assessment,
    previous: previous
      ? {
          text: previous.text,
          actuals: previousActuals.map((a) => ({ indicatorId: a.indicator_id, actual: a.actual })),
        }
      : null,
  });
}

/** The checks of stored report `id` as it stands now. */
export async function checksForReport(db: Db, id: number): Promise<SubmissionCheck[]> {
  const { row } = await loadReport(db, id);
  const [item, period] = await Promise.all([
    getItem(db, row.item_id),
    getPeriod(db, row.period_id),
  ]);
  if (!item || !period) throw new AppError('not_found');
  const [baseline, points, actuals] = await Promise.all([
    effectiveBaseline(db, item),
    listPoints(db, [id]),
    listActuals(db, [id]),
  ]);
  return checksOf(db, {
    item,
    periodEnd: period.end_date,
    indicators: baseline.indicators,
    actuals: new Map(
      actuals.map((a) => [
        a.indicator_id,
        {
          actual: a.actual,
          actualText: a.actual_text,
          reportedPercent: a.reported_percent,
          achieved: a.achieved === null ? null : a.achieved === 1,
        },
      ]),
    ),
    report: {
      statusLabel: row.status_label,
      statusClaim: row.status_claim as StatusClaim | null,
      points: points.map((p) => p.text),
      text: row.text,
      explanation: row.explanation,
    },
    assessment: {
      status: row.assessment as ItemStatus,
      expected: row.expected,
      progress: row.progress,
      decidedBy: row.decided_by,
      indicators: [],
    },
  });
}

const HANDED_IN = new Set(['submitted', 'returned', 'approved', 'published']);

/** GET /api/reports/:id/checks: the checks now, and those stored at the last submission. */
export async function readReportChecks(db: Db, actor: Actor, id: number) {
  // Checks are for the people working on the report, never the public.
  requireRole(actor, 'admin', 'reporter', 'leader');
  const { row, access } = await loadReport(db, id);
  assertCanRead(actor, access, row.state);
  return {
    current: await checksForReport(db, id),
    atSubmission: HANDED_IN.has(row.state) ? (JSON.parse(row.checks) as SubmissionCheck[]) : null,
  };
}
