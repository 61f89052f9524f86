/**
 * Recording publications. Whoever publishes (a report's publish step, an import of published
 * reports, closing a period, the office publishing a period at once) calls `recordPublications`
 * in the same transaction: each published report whose current version has no record gets one
 * (its public content and the date), a period that is now published as a whole is recorded as
 * such, and the public revision moves so caches rebuild. Calling it twice records nothing twice.
 */
import type { Kysely } from 'kysely';
import type { Database } from '../db/schema.ts';
import type { Actor } from '../policies/actor.ts';
import { insertAuditEvent } from '../repositories/audit.repository.ts';
import {
  bumpRevision,
  deletePeriodPublication,
  insertPeriodPublication,
  insertPublications,
  listUnrecordedPublished,
  periodCoverage,
} from '../repositories/publication.repository.ts';
import { isPublishedWhole } from './public-periods.service.ts';
import { readPublicationContents } from './publication-content.ts';

/**
 * `whole`: the office published the period itself, which makes it the public view even while
 * some of its reports are still under review (they join it when published).
 */
export type PublicationScope = { reportIds: number[] } | { periodId: number; whole?: boolean };

/** Records what `scope` has newly published. */
export async function recordPublications(
  db: Kysely<Database>,
  actor: Actor,
  scope: PublicationScope,
): Promise<void> {
  // First, for its lock: publishers in concurrent transactions wait here for each other, so the
  // last of them sees every publication before it when it judges a period whole.
  await bumpRevision(db);
  const reports = await listUnrecordedPublished(db, scope);
  const contents = await readPublicationContents(db, reports);
  const items = reports.length
    ? await db
        .selectFrom('items')
        .select(['id', 'plan_id'])
        .where(
          'id',
          'in',
          reports.map((r) => r.item_id),
        )
        .execute()
    : [];
  const planOf = new Map(items.map((i) => [i.id, i.plan_id]));
  await insertPublications(
    db,
    reports.flatMap((r) => {
      const content = contents.get(r.id);
      const planId = planOf.get(r.item_id);
      return content && planId !== undefined
        ? [
            {
              reportId: r.id,
              reportVersion: r.version,
              planId,
              periodId: r.period_id,
              itemId: r.item_id,
              content,
            },
          ]
        : [];
    }),
  );
  const periods = new Set(reports.map((r) => r.period_id));
  if ('periodId' in scope) periods.add(scope.periodId);
  const byOffice = 'periodId' in scope && scope.whole === true;
  for (const periodId of periods) await recordWholePeriod(db, actor, periodId, byOffice);
}

async function recordWholePeriod(
  db: Kysely<Database>,
  actor: Actor,
  periodId: number,
  byOffice: boolean,
) {
  const coverage = await periodCoverage(db, periodId);
  if (!coverage || coverage.publishedWholeAt !== null) return;
  const whole = byOffice ? coverage.publishedItems > 0 : isPublishedWhole(coverage);
  if (!whole) return;
  await insertPeriodPublication(db, { periodId, planId: coverage.planId });
  await insertAuditEvent(db, {
    userId: actor.userId,
    actor: actor.name,
    action: 'period.publish_whole',
    entity: 'period',
    entityId: periodId,
    after: coverage,
  });
}

/** The office unpublished the period: out of the public view, and every cache rebuilds. */
export async function withdrawPeriod(db: Kysely<Database>, periodId: number): Promise<void> {
  await bumpRevision(db);
  await deletePeriodPublication(db, periodId);
}
