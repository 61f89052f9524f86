/**
 * The lead unit composes the item's report from its units' submitted contributions: the draft's
 * points and figures are replaced by the composed ones (core/supervision/compose-report.ts),
 * which the lead unit then edits as any draft. Its own contribution, if it filed one, comes first.
 */

import type { IndicatorKind } from '../../core/model.ts';
import { composeReport } from '../../core/supervision/compose-report.ts';
import { AppError } from '../errors.ts';
import type { Actor } from '../policies/actor.ts';
import { canWriteReport } from '../policies/report.policy.ts';
import type { ReportDto } from '../presenters/report.presenter.ts';
import { listContributions } from '../repositories/contribution.repository.ts';
import { listIndicators } from '../repositories/indicator.repository.ts';
import { getItem } from '../repositories/item.repository.ts';
import { getPeriod } from '../repositories/period.repository.ts';
import { updateReportIfVersion } from '../repositories/report.repository.ts';
import { inTransaction, type ServiceContext } from './context.ts';
import { recordDraft } from './report.service.ts';
import { loadReport, reportView } from './report-access.ts';

export interface ComposeResult {
  report: ReportDto;
  conflicts: { indicatorId: number; values: { unit: string; actual: number }[] }[];
}

/** POST /api/reports/:id/compose */
export function composeFromContributions(
  ctx: ServiceContext,
  actor: Actor,
  id: number,
  input: { version: number },
): Promise<ComposeResult> {
  return inTransaction(ctx, async ({ db }) => {
    const { row, access } = await loadReport(db, id);
    if (!canWriteReport(actor, access))
      throw new AppError(actor.role === 'public' ? 'unauthenticated' : 'forbidden');
    const before = await reportView(db, id);
    if (row.version !== input.version)
      throw new AppError('version_conflict', { details: { current: before } });
    if (row.state !== 'draft' && row.state !== 'returned')
      throw new AppError('invalid_transition', { details: { current: before } });
    const [item, period] = await Promise.all([
      getItem(db, row.item_id),
      getPeriod(db, row.period_id),
    ]);
    if (!item || !period) throw new AppError('not_found');
    if (!period.is_open) throw new AppError('period_closed');
    const submitted = (await listContributions(db, [item.id], period.id))
      .filter((c) => c.state === 'submitted')
      .sort(
        (a, b) => Number(b.unit_id === item.lead_unit_id) - Number(a.unit_id === item.lead_unit_id),
      );
    if (submitted.length === 0)
      throw new AppError('invalid_transition', {
        message: '尚无已报送的分项材料可供汇总',
        messageEn: 'No submitted contribution to compose from yet',
      });
    const indicators = await listIndicators(db, [item.id]);
    const composed = composeReport(
      submitted.map((c) => ({
        unit: c.unit,
        points: JSON.parse(c.points) as string[],
        actuals: JSON.parse(c.actuals) as { indicatorId: number; actual: number | null }[],
      })),
      indicators.map((x) => ({ id: x.id, kind: x.kind as IndicatorKind })),
    );
    if (!(await updateReportIfVersion(db, id, input.version, { state: 'draft' })))
      throw new AppError('version_conflict', { details: { current: await reportView(db, id) } });
    const report = await recordDraft(db, actor, {
      reportId: id,
      item,
      period,
      version: input.version + 1,
      action: 'report.compose',
      before,
      content: {
        statusLabel: row.status_label,
        points: composed.points,
        actuals: composed.actuals,
      },
    });
    return { report, conflicts: composed.conflicts };
  });
}
