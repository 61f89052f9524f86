/**
 * Publishing a period as a whole: every approved report of the period becomes public at once,
 * and the period records when and by whom. Unpublishing (with a reason) takes the period's
 * published reports back to approved; each report's published version stays in its history,
 * and both steps are in the audit log, per report and for the period.
 */
import type { Kysely } from 'kysely';
import { now } from '../db/clock.ts';
import type { Database } from '../db/schema.ts';
import { AppError } from '../errors.ts';
import type { Actor } from '../policies/actor.ts';
import { requireRole } from '../policies/admin.policy.ts';
import type { ReportState } from '../policies/report.policy.ts';
import type { PeriodPublicationDto } from '../presenters/period-publication.presenter.ts';
import { presentPeriod } from '../presenters/plan.presenter.ts';
import { insertAuditEvent } from '../repositories/audit.repository.ts';
import { getPeriod, updatePeriod } from '../repositories/period.repository.ts';
import { listReportsOfPeriod } from '../repositories/report.repository.ts';
import { recordPublications, withdrawPeriod } from './publication.service.ts';
import { reportView } from './report-access.ts';
import { recordTransition } from './report-workflow.service.ts';

type Db = Kysely<Database>;

interface Step {
  from: ReportState;
  to: ReportState;
  action: 'publish' | 'unpublish';
  nothing: { message: string; messageEn: string };
}

const PUBLISH: Step = {
  from: 'approved',
  to: 'published',
  action: 'publish',
  nothing: {
    message: '该报告期没有已审核待发布的报告',
    messageEn: 'The period has no approved report to publish',
  },
};

const UNPUBLISH: Step = {
  from: 'published',
  to: 'approved',
  action: 'unpublish',
  nothing: {
    message: '该报告期没有已发布的报告',
    messageEn: 'The period has no published report',
  },
};

async function movePeriod(
  db: Db,
  actor: Actor,
  input: { id: number; version: number; reason?: string },
  step: Step,
): Promise<PeriodPublicationDto> {
  requireRole(actor, 'admin');
  return db.transaction().execute(async (trx) => {
    const period = await getPeriod(trx, input.id);
    if (!period) throw new AppError('not_found');
    const before = presentPeriod(period);
    const published = step.action === 'publish';
    const stamp = published ? { publishedAt: now(), publishedBy: actor.name } : {};
    // The period's row first: its compare-and-set serialises two offices publishing at once.
    const fields = published ? stamp : { publishedAt: null, publishedBy: null };
    if (!(await updatePeriod(trx, input.id, fields, input.version)))
      throw new AppError('version_conflict', { details: { current: before } });
    const reports = await listReportsOfPeriod(trx, input.id);
    const moving = reports.filter((r) => r.state === step.from);
    if (moving.length === 0) throw new AppError('invalid_transition', step.nothing);
    for (const report of moving) {
      const moved = await recordTransition(trx, actor, {
        id: report.id,
        version: report.version,
        fields: { state: step.to },
        action: `report.${step.action}`,
        before: await reportView(trx, report.id),
        ...(input.reason ? { reason: input.reason } : {}),
      });
      if (!moved) throw new AppError('version_conflict');
    }
    if (published) await recordPublications(trx, actor, { periodId: input.id, whole: true });
    else await withdrawPeriod(trx, input.id);
    const after = presentPeriod((await getPeriod(trx, input.id)) ?? period);
    const summary = {
      period: after,
      moved: moving.length,
      remaining: reports.filter((r) => r.state !== step.from && r.state !== step.to).length,
    };
    await insertAuditEvent(trx, {
      userId: actor.userId,
      actor: actor.name,
      action: `period.${step.action}`,
      entity: 'period',
      entityId: input.id,
      before,
      after: input.reason ? { ...summary, reason: input.reason } : summary,
    });
    return summary;
  });
}

/** POST /api/periods/:id/publish: every approved report of the period, at once. */
export const publishPeriod = (db: Db, actor: Actor, input: { id: number; version: number }) =>
  movePeriod(db, actor, input, PUBLISH);

/** POST /api/periods/:id/unpublish: the period's published reports back to approved. */
export const unpublishPeriod = (
  db: Db,
  actor: Actor,
  input: { id: number; version: number; reason: string },
) => movePeriod(db, actor, input, UNPUBLISH);
