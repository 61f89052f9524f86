/**
 * Judges an item's open reports again after its baseline moved (an approved target or deadline
 * change): same words and figures, new assessment. The version is not bumped, since nothing the
 * unit wrote changed and its next save must not be refused as stale; the audit log keeps both.
 */
import type { Kysely } from 'kysely';
import type { Database } from '../db/schema.ts';
import type { Actor } from '../policies/actor.ts';
import { insertAuditEvent } from '../repositories/audit.repository.ts';
import { listActuals } from '../repositories/indicator.repository.ts';
import { getItem } from '../repositories/item.repository.ts';
import { listPoints } from '../repositories/report.repository.ts';
import { reportView } from './report-access.ts';
import { writeContent } from './report-content.ts';

/** Reassesses the item's reports in open periods that are not yet approved. */
export async function reassessOpenReports(
  db: Kysely<Database>,
  actor: Actor,
  itemId: number,
): Promise<void> {
  const item = await getItem(db, itemId);
  if (!item) return;
  const reports = await db
    .selectFrom('reports as r')
    .innerJoin('periods as p', 'p.id', 'r.period_id')
    .select(['r.id', 'r.status_label', 'p.end_date'])
    .where('r.item_id', '=', itemId)
    .where('p.is_open', '=', 1)
    .where('r.state', 'in', ['draft', 'returned', 'submitted'])
    .execute();
  for (const report of reports) {
    const before = await reportView(db, report.id);
    const [points, actuals] = await Promise.all([
      listPoints(db, [report.id]),
      listActuals(db, [report.id]),
    ]);
    const { fields } = await writeContent(db, {
      reportId: report.id,
      item,
      periodEnd: report.end_date,
      content: {
        statusLabel: report.status_label,
        points: points.map((p) => p.text),
        actuals: actuals.map((a) => ({ indicatorId: a.indicator_id, actual: a.actual })),
      },
    });
    await db.updateTable('reports').set(fields).where('id', '=', report.id).execute();
    await insertAuditEvent(db, {
      userId: actor.userId,
      actor: actor.name,
      action: 'report.reassess',
      entity: 'report',
      entityId: report.id,
      before,
      after: await reportView(db, report.id),
    });
  }
}
