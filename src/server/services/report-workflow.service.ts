/**
 * The report's workflow: draft → submitted → approved → published, and back to the unit as
 * returned (with a reason) from submitted, approved or published — a published report is
 * corrected by returning it; the public keeps the published version until the correction is
 * published as a new, dated one. Each step names the version it acts on.
 */
import type { Kysely, Updateable } from 'kysely';
import type { Database, ReportTable } from '../db/schema.ts';
import { AppError } from '../errors.ts';
import type { Actor } from '../policies/actor.ts';
import { canReviewReport, canWriteReport, type ReportState } from '../policies/report.policy.ts';
import type { ReportDto } from '../presenters/report.presenter.ts';
import { insertAuditEvent } from '../repositories/audit.repository.ts';
import { getPeriod } from '../repositories/period.repository.ts';
import { insertReportVersion, updateReportIfVersion } from '../repositories/report.repository.ts';
import { recordPublications } from './publication.service.ts';
import { loadReport, reportView } from './report-access.ts';
import { checksForReport } from './submission-check.service.ts';

export type ReportAction = 'submit' | 'return' | 'approve' | 'publish';

const TRANSITIONS: Record<ReportAction, { from: ReportState[]; to: ReportState; review: boolean }> =
  {
    submit: { from: ['draft', 'returned'], to: 'submitted', review: false },
    return: { from: ['submitted', 'approved', 'published'], to: 'returned', review: true },
    approve: { from: ['submitted'], to: 'approved', review: true },
    publish: { from: ['approved'], to: 'published', review: true },
  };

/**
 * Moves a report to `fields.state` if it is still at `version`: the new version in its history
 * and the audit event with before and after. Returns null when the version is stale.
 */
export async function recordTransition(
  trx: Kysely<Database>,
  actor: Actor,
  step: {
    id: number;
    version: number;
    fields: Updateable<ReportTable> & { state: ReportState };
    action: string;
    before: ReportDto;
    /** Extra facts for the audit log, e.g. why a period was unpublished. */
    reason?: string;
  },
): Promise<ReportDto | null> {
  if (!(await updateReportIfVersion(trx, step.id, step.version, step.fields))) return null;
  const after = await reportView(trx, step.id);
  await insertReportVersion(trx, {
    reportId: step.id,
    version: after.version,
    state: step.fields.state,
    snapshot: after,
    userId: actor.userId,
  });
  await insertAuditEvent(trx, {
    userId: actor.userId,
    actor: actor.name,
    action: step.action,
    entity: 'report',
    entityId: step.id,
    before: step.before,
    after: step.reason ? { ...after, reason: step.reason } : after,
  });
  return after;
}

/** POST /api/reports/:id/{submit,return,approve,publish} */
export async function transitionReport(
  db: Kysely<Database>,
  actor: Actor,
  id: number,
  input: { action: ReportAction; version: number; reason?: string | undefined },
): Promise<ReportDto> {
  const rule = TRANSITIONS[input.action];
  return db.transaction().execute(async (trx) => {
    const { row, access } = await loadReport(trx, id);
    const allowed = rule.review ? canReviewReport(actor) : canWriteReport(actor, access);
    if (!allowed) throw new AppError(actor.role === 'public' ? 'unauthenticated' : 'forbidden');
    const before = await reportView(trx, id);
    if (row.version !== input.version)
      throw new AppError('version_conflict', { details: { current: before } });
    if (!rule.from.includes(row.state as ReportState))
      throw new AppError('invalid_transition', { details: { current: before } });
    if (input.action === 'submit' && !(await getPeriod(trx, row.period_id))?.is_open)
      throw new AppError('period_closed');
    // Figures behind while the label says on schedule: the reviewer must read why.
    if (input.action === 'submit' && row.discrepancy !== null && !row.explanation?.trim())
      throw new AppError('explanation_required', { details: { current: before } });
    if (input.action === 'return' && !input.reason?.trim()) {
      throw new AppError('validation_failed', {
        message: '退回时须说明理由',
        messageEn: 'A return needs a reason',
      });
    }
    const after = await recordTransition(trx, actor, {
      id,
      version: input.version,
      fields: {
        state: rule.to,
        return_reason: input.action === 'return' ? (input.reason ?? null) : row.return_reason,
        // What the checks said when it was handed in stays with the report for the reviewer.
        ...(input.action === 'submit'
          ? { checks: JSON.stringify(await checksForReport(trx, id)) }
          : {}),
      },
      action: `report.${input.action}`,
      before,
    });
    if (!after)
      throw new AppError('version_conflict', { details: { current: await reportView(trx, id) } });
    if (input.action === 'publish') await recordPublications(trx, actor, { reportIds: [id] });
    return after;
  });
}
