/**
 * Raises the notices the assessment and the deadlines call for, over every open period: one
 * pass reads each item's report (state, stored assessment, times returned) and asks core's
 * rules which notices are due today. Running it twice, or on two servers at once, issues each
 * notice once (the dedupe key is item, period and reason).
 */

import type { ItemStatus } from '../../core/model.ts';
import {
  type ItemPeriodFacts,
  type NoticeThresholds,
  noticesDue,
} from '../../core/supervision/notice-rules.ts';
import { dateIn } from '../db/clock.ts';
import type { Actor } from '../policies/actor.ts';
import { inTransaction, type ServiceContext } from './context.ts';
import { issueNotice } from './notice-issue.ts';
import { readSettings } from './settings.service.ts';

/** How often each report was returned, from its version history. */
async function returnsOf(ctx: ServiceContext, reportIds: number[]): Promise<Map<number, number>> {
  if (reportIds.length === 0) return new Map();
  const rows = await ctx.db
    .selectFrom('report_versions')
    .select(['report_id', (eb) => eb.fn.countAll<number>().as('n')])
    .where('report_id', 'in', reportIds)
    .where('state', '=', 'returned')
    .groupBy('report_id')
    .execute();
  return new Map(rows.map((r) => [r.report_id, Number(r.n)]));
}

/** Issues the notices due today in the open periods (of one plan, when given); returns how many. */
export async function generateNotices(
  ctx: ServiceContext,
  actor: Actor,
  options: { planId?: number } = {},
): Promise<number> {
  const settings = await readSettings(ctx.db);
  const thresholds: NoticeThresholds = {
    blueDaysBeforeDue: settings['supervision.blueDaysBeforeDue'],
    yellowPace: settings['supervision.yellowPace'],
    redPace: settings['supervision.redPace'],
    yellowAfterReturns: settings['supervision.yellowAfterReturns'],
    overdueGraceDays: settings['supervision.overdueGraceDays'],
  };
  const today = dateIn(ctx.clock, settings['supervision.timeZone']);
  let query = ctx.db.selectFrom('periods').selectAll().where('is_open', '=', 1);
  if (options.planId !== undefined) query = query.where('plan_id', '=', options.planId);
  let created = 0;
  for (const period of await query.execute()) {
    const items = await ctx.db
      .selectFrom('items')
      .leftJoin('reports', (join) =>
        join.onRef('reports.item_id', '=', 'items.id').on('reports.period_id', '=', period.id),
      )
      .select([
        'items.id',
        'items.lead_unit_id',
        'reports.id as report_id',
        'reports.state',
        'reports.assessment',
        'reports.progress',
        'reports.expected',
        'reports.decided_by',
      ])
      .where('items.plan_id', '=', period.plan_id)
      .orderBy('items.position')
      .execute();
    const returns = await returnsOf(
      ctx,
      items.flatMap((i) => (i.report_id === null ? [] : [i.report_id])),
    );
    // Keys already issued: a routine round that finds nothing new writes nothing.
    const issued = new Set(
      (
        await ctx.db
          .selectFrom('notices')
          .select('dedupe_key')
          .where('period_id', '=', period.id)
          .execute()
      ).map((n) => n.dedupe_key),
    );
    for (const item of items) {
      const facts: ItemPeriodFacts = {
        today,
        dueDate: period.due_date,
        report:
          item.report_id === null || item.state === null
            ? null
            : {
                state: item.state,
                assessment: (item.assessment ?? 'unknown') as ItemStatus,
                progress: item.progress,
                expected: item.expected ?? 0,
                decidedBy: item.decided_by,
                returns: returns.get(item.report_id) ?? 0,
              },
      };
      for (const notice of noticesDue(facts, thresholds)) {
        const dedupeKey = `${item.id}:${period.id}:${notice.reason}`;
        if (issued.has(dedupeKey)) continue;
        const id = await inTransaction(ctx, (tx) =>
          issueNotice(tx, actor, {
            item,
            periodId: period.id,
            facts: notice,
            today,
            dedupeKey,
          }),
        );
        if (id !== null) created++;
      }
    }
  }
  return created;
}
