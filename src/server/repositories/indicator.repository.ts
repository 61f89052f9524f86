/** An item's indicators (targets, from the task text) and the actuals reports give for them. */
import type { Kysely } from 'kysely';
import type { Indicator } from '../../core/model.ts';
import type { Database } from '../db/schema.ts';

type Db = Kysely<Database>;

/** An indicator's editable fields, as the office corrects them. */
export type IndicatorFields = Pick<
  Indicator,
  'what' | 'kind' | 'target' | 'targetMax' | 'baseline' | 'direction' | 'unit' | 'targetText'
>;

const indicatorColumns = (x: IndicatorFields, position: number) => ({
  position,
  what: x.what,
  kind: x.kind,
  target: x.target,
  target_max: x.targetMax,
  baseline: x.baseline,
  direction: x.direction,
  unit: x.unit,
  target_text: x.targetText,
});

export async function insertIndicators(
  db: Db,
  itemId: number,
  indicators: Indicator[],
): Promise<number[]> {
  if (indicators.length === 0) return [];
  const rows = await db
    .insertInto('indicators')
    .values(
      indicators.map((x, position) => ({ item_id: itemId, ...indicatorColumns(x, position) })),
    )
    .returning(['id', 'position'])
    .execute();
  return rows.sort((a, b) => a.position - b.position).map((r) => r.id);
}

export const listIndicators = (db: Db, itemIds: number[]) =>
  itemIds.length === 0
    ? Promise.resolve([])
    : db
        .selectFrom('indicators')
        .selectAll()
        .where('item_id', 'in', itemIds)
        .orderBy('item_id')
        .orderBy('position')
        .execute();

export interface ActualRow {
  indicatorId: number;
  actual: number | null;
  actualText: string | null;
  reportedPercent: number | null;
  achieved: boolean | null;
}

/** Replaces a report's actuals with `rows`. */
export async function replaceActuals(db: Db, reportId: number, rows: ActualRow[]): Promise<void> {
  await db.deleteFrom('indicator_actuals').where('report_id', '=', reportId).execute();
  if (rows.length === 0) return;
  await db
    .insertInto('indicator_actuals')
    .values(
      rows.map((r) => ({
        report_id: reportId,
        indicator_id: r.indicatorId,
        actual: r.actual,
        actual_text: r.actualText,
        reported_percent: r.reportedPercent,
        achieved: r.achieved === null ? null : r.achieved ? 1 : 0,
      })),
    )
    .execute();
}

export const listActuals = (db: Db, reportIds: number[]) =>
  reportIds.length === 0
    ? Promise.resolve([])
    : db.selectFrom('indicator_actuals').selectAll().where('report_id', 'in', reportIds).execute();

/**
 * Makes an item's indicators exactly `rows`, in order: rows with an id are updated, rows without
 * are added, stored ones not listed are removed with their actuals.
 */
export async function replaceIndicators(
  db: Db,
  itemId: number,
  rows: (IndicatorFields & { id?: number | undefined })[],
): Promise<void> {
  const keep = rows.flatMap((r) => (r.id === undefined ? [] : [r.id]));
  const stored = await listIndicators(db, [itemId]);
  const gone = stored.filter((s) => !keep.includes(s.id)).map((s) => s.id);
  if (gone.length > 0) {
    await db.deleteFrom('indicator_actuals').where('indicator_id', 'in', gone).execute();
    await db.deleteFrom('indicators').where('id', 'in', gone).execute();
  }
  for (const [position, row] of rows.entries()) {
    if (row.id === undefined)
      await db
        .insertInto('indicators')
        .values({ item_id: itemId, ...indicatorColumns(row, position) })
        .execute();
    else
      await db
        .updateTable('indicators')
        .set(indicatorColumns(row, position))
        .where('id', '=', row.id)
        .where('item_id', '=', itemId)
        .execute();
  }
}
