/** Reading items: the filtered list of a plan for a period, as the caller may see it. */
import type { Kysely } from 'kysely';
import type { Database } from '../db/schema.ts';
import { AppError } from '../errors.ts';
import type { Actor } from '../policies/actor.ts';
import { visibleStates } from '../policies/report.policy.ts';
import { type ItemSummaryDto, presentItemSummary } from '../presenters/item.presenter.ts';
import { listActuals, listIndicators } from '../repositories/indicator.repository.ts';
import { listItemLeaders, listResponsibilities } from '../repositories/item.repository.ts';
import { type ItemListFilter, listItemRows } from '../repositories/item-list.repository.ts';
import { listPeriods } from '../repositories/period.repository.ts';
import { getPlan } from '../repositories/plan.repository.ts';
import { figuresOf } from './indicator-history.ts';

export type ItemQuery = Omit<ItemListFilter, 'planId' | 'periodId' | 'states' | 'scope'> & {
  periodId?: number | undefined;
};

/** Groups rows by a key, keeping order. */
export function groupBy<T, K>(rows: T[], key: (row: T) => K): Map<K, T[]> {
  const groups = new Map<K, T[]>();
  for (const row of rows) groups.set(key(row), [...(groups.get(key(row)) ?? []), row]);
  return groups;
}

/**
 * The period to show when none is asked for: the latest one with a report the actor may see
 * (the public sees the last published period, not an empty new one), else the latest.
 */
export async function defaultPeriodId(
  db: Kysely<Database>,
  planId: number,
  actor: Actor,
): Promise<number | null> {
  const withReports = await db
    .selectFrom('periods as p')
    .select('p.id')
    .where('p.plan_id', '=', planId)
    .where(({ exists, selectFrom }) =>
      exists(
        selectFrom('reports as r')
          .select('r.id')
          .whereRef('r.period_id', '=', 'p.id')
          .where('r.state', 'in', [...visibleStates(actor)]),
      ),
    )
    .orderBy('p.end_date', 'desc')
    .executeTakeFirst();
  return withReports?.id ?? (await listPeriods(db, planId))[0]?.id ?? null;
}

/**
 * Leaders see the items they supervise and reporters their unit's; the office and the public
 * see the whole plan (the public only published reports).
 */
export async function listItems(
  db: Kysely<Database>,
  actor: Actor,
  planId: number,
  query: ItemQuery,
): Promise<ItemSummaryDto[]> {
  if (!(await getPlan(db, planId))) throw new AppError('not_found');
  const periodId = query.periodId ?? (await defaultPeriodId(db, planId, actor));
  const scope =
    actor.role === 'reporter'
      ? { unitId: actor.unitId ?? -1 }
      : actor.role === 'leader'
        ? { leaderId: actor.leaderId ?? -1 }
        : undefined;
  const rows = await listItemRows(db, {
    ...query,
    planId,
    periodId,
    states: visibleStates(actor),
    scope,
  });
  const ids = rows.map((r) => r.id);
  const reportIds = rows.flatMap((r) => (r.report_id === null ? [] : [r.report_id]));
  const [leaders, units, indicators, actuals] = await Promise.all([
    listItemLeaders(db, ids),
    listResponsibilities(db, ids),
    listIndicators(db, ids),
    listActuals(db, reportIds),
  ]);
  const leadersOf = groupBy(leaders, (l) => l.item_id);
  const unitsOf = groupBy(units, (u) => u.item_id);
  const indicatorsOf = groupBy(indicators, (x) => x.item_id);
  const actualsOf = groupBy(actuals, (a) => a.report_id);
  return rows.map((row) =>
    presentItemSummary(
      row,
      (leadersOf.get(row.id) ?? []).map((l) => ({ id: l.id, name: l.name })),
      (unitsOf.get(row.id) ?? []).map((u) => ({
        unitId: u.unit_id,
        unit: u.unit,
        person: u.person,
      })),
      figuresOf(
        indicatorsOf.get(row.id) ?? [],
        row.report_id === null ? null : (actualsOf.get(row.report_id) ?? []),
        row.expected,
      ),
    ),
  );
}
