/**
 * Writes the items of a reading and their reports for the period being imported, a statement per
 * table rather than per row: the items the plan does not have yet (with their leaders, units,
 * people and indicators), then every report with its points, actuals and first version. Items
 * the plan already has are matched by number (a later period's table of the same plan).
 */
import type { Insertable, Kysely } from 'kysely';
import type { Item } from '../../core/model.ts';
import type { ItemDocument } from '../../core/plan-document.ts';
import { now } from '../db/clock.ts';
import type {
  Database,
  IndicatorActualTable,
  ReportPointTable,
  ReportVersionTable,
} from '../db/schema.ts';
import type { ReportState } from '../policies/report.policy.ts';
import {
  findOrCreateNamed,
  findOrCreatePeople,
  insertReturning,
  insertRows,
  selectIn,
} from '../repositories/bulk.repository.ts';

/** What the import changed, for its summary. */
export interface ItemsTally {
  itemsCreated: number;
  itemsMatched: number;
  reportsCreated: number;
  /** Names of the units and leaders the import created, for the upload screen's preview. */
  unitsCreated: string[];
  leadersCreated: string[];
}

export interface ImportItemsInput {
  planId: number;
  periodId: number;
  /** Category id of each category of the reading, by its index. */
  categoryIds: number[];
  items: Item[];
  /** The judged document of the same items, in the same order. */
  docs: ItemDocument[];
  state: ReportState;
}

type Db = Kysely<Database>;

/** Item ids of the plan by number; the first by position where a number repeats. */
async function existingItems(db: Db, planId: number): Promise<Map<string, number>> {
  const rows = await db
    .selectFrom('items')
    .select(['id', 'no'])
    .where('plan_id', '=', planId)
    .orderBy('position', 'desc')
    .execute();
  return new Map(rows.map((r) => [r.no, r.id]));
}

/** Creates the items at `positions` with their leaders, responsibilities and indicators. */
async function createItems(
  db: Db,
  input: ImportItemsInput,
  positions: number[],
  unitIds: Map<string, number>,
  tally: ItemsTally,
): Promise<Map<number, number>> {
  const fresh = positions.map((position) => ({ position, item: input.items[position] as Item }));
  const leaders = await findOrCreateNamed(
    db,
    'leaders',
    fresh.flatMap(({ item }) => item.leaders),
  );
  tally.leadersCreated = leaders.created;
  const personOf = await findOrCreatePeople(
    db,
    fresh.flatMap(({ item }) =>
      item.responsibilities.flatMap((r) =>
        r.person ? [{ unitId: unitIds.get(r.unit) ?? 0, name: r.person }] : [],
      ),
    ),
  );
  const stamp = now();
  const created = await insertReturning(
    db,
    'items',
    fresh.map(({ position, item }) => ({
      plan_id: input.planId,
      category_id: input.categoryIds[item.category] ?? input.categoryIds[0] ?? 0,
      position,
      no: item.no,
      task: item.task,
      lead_unit_id: item.leadUnit ? (unitIds.get(item.leadUnit) ?? null) : null,
      start_date: item.start,
      deadline: item.deadline,
      version: 1,
      updated_at: stamp,
    })),
    ['id', 'position'] as const,
  );
  // Positions of one reading are distinct, so they tell the new rows apart.
  const idAt = new Map(created.map((row) => [Number(row.position), Number(row.id)]));
  const idOf = (position: number) => idAt.get(position) ?? 0;
  await insertRows(
    db,
    'item_leaders',
    fresh.flatMap(({ position, item }) =>
      [...new Set(item.leaders.map((name) => leaders.ids.get(name) ?? 0))].map((leaderId, i) => ({
        item_id: idOf(position),
        leader_id: leaderId,
        position: i,
      })),
    ),
  );
  await insertRows(
    db,
    'responsibilities',
    fresh.flatMap(({ position, item }) =>
      item.responsibilities.map((r, i) => {
        const unitId = unitIds.get(r.unit) ?? 0;
        return {
          item_id: idOf(position),
          position: i,
          unit_id: unitId,
          person_id: r.person ? personOf(unitId, r.person) : null,
        };
      }),
    ),
  );
  await insertRows(
    db,
    'indicators',
    fresh.flatMap(({ position, item }) =>
      item.indicators.map((x, i) => ({
        item_id: idOf(position),
        position: i,
        what: x.what,
        kind: x.kind,
        target: x.target,
        target_max: x.targetMax,
        baseline: x.baseline,
        direction: x.direction,
        unit: x.unit,
        target_text: x.targetText,
      })),
    ),
  );
  return idAt;
}

/** Inserts the reports of the items that have one, with points, actuals and first version. */
async function createReports(
  db: Db,
  input: ImportItemsInput,
  itemIdAt: (position: number) => number,
  unitIds: Map<string, number>,
): Promise<number> {
  const reported = input.items.flatMap((item, position) =>
    item.report ? [{ position, item, report: item.report, doc: input.docs[position] }] : [],
  );
  const stamp = now();
  const created = await insertReturning(
    db,
    'reports',
    reported.map(({ position, item, report, doc }) => ({
      item_id: itemIdAt(position),
      period_id: input.periodId,
      status_label: report.statusLabel,
      status_claim: report.statusClaim,
      text: report.text,
      state: input.state,
      author_unit_id: item.leadUnit ? (unitIds.get(item.leadUnit) ?? null) : null,
      assessment: doc?.assessment.status ?? 'unknown',
      expected: doc?.assessment.expected ?? 0,
      progress: doc?.assessment.progress ?? null,
      decided_by: doc?.assessment.decidedBy ?? null,
      discrepancy: doc?.discrepancy ? JSON.stringify(doc.discrepancy) : null,
      return_reason: null,
      version: 1,
      updated_at: stamp,
    })),
    ['id', 'item_id'] as const,
  );
  // One report per item and period: the item tells the new rows apart.
  const reportOf = new Map(created.map((row) => [Number(row.item_id), Number(row.id)]));
  const stored = await selectIn([...reportOf.keys()], (ids) =>
    db
      .selectFrom('indicators')
      .select(['id', 'item_id', 'what', 'position'])
      .where('item_id', 'in', ids)
      .orderBy('item_id')
      .orderBy('position')
      .execute(),
  );
  const indicatorsOf = new Map<number, typeof stored>();
  for (const row of stored)
    indicatorsOf.set(row.item_id, [...(indicatorsOf.get(row.item_id) ?? []), row]);
  const points: Insertable<ReportPointTable>[] = [];
  const actuals: Insertable<IndicatorActualTable>[] = [];
  const versions: Insertable<ReportVersionTable>[] = [];
  for (const { position, report, doc } of reported) {
    const itemId = itemIdAt(position);
    const reportId = reportOf.get(itemId) ?? 0;
    points.push(...report.points.map((text, i) => ({ report_id: reportId, position: i, text })));
    versions.push({
      report_id: reportId,
      version: 1,
      state: input.state,
      snapshot: JSON.stringify(report),
      user_id: null,
      created_at: stamp,
    });
    // Indicators are the task's; a later period's table states the same task, so they match by
    // what is counted, else by position. One actual per indicator.
    const mine = indicatorsOf.get(itemId) ?? [];
    const byIndicator = new Map<number, Insertable<IndicatorActualTable>>();
    for (const [i, indicator] of (doc?.indicators ?? []).entries()) {
      const match = mine.find((s) => s.what === indicator.what) ?? mine[i];
      if (!match) continue;
      byIndicator.set(match.id, {
        report_id: reportId,
        indicator_id: match.id,
        actual: indicator.actual,
        actual_text: indicator.actualText,
        reported_percent: indicator.reportedPercent,
        achieved: indicator.achieved === null ? null : indicator.achieved ? 1 : 0,
      });
    }
    actuals.push(...byIndicator.values());
  }
  await insertRows(db, 'report_points', points);
  await insertRows(db, 'indicator_actuals', actuals);
  await insertRows(db, 'report_versions', versions);
  return created.length;
}

/** Stores the items the plan lacks and every report of the reading; returns the tally. */
export async function importItems(db: Db, input: ImportItemsInput): Promise<ItemsTally> {
  const tally: ItemsTally = {
    itemsCreated: 0,
    itemsMatched: 0,
    reportsCreated: 0,
    unitsCreated: [],
    leadersCreated: [],
  };
  const existing = await existingItems(db, input.planId);
  const newPositions = input.items.flatMap((item, position) =>
    existing.has(item.no) ? [] : [position],
  );
  tally.itemsCreated = newPositions.length;
  tally.itemsMatched = input.items.length - newPositions.length;
  const units = await findOrCreateNamed(
    db,
    'units',
    input.items.flatMap((item) => [
      ...(item.leadUnit ? [item.leadUnit] : []),
      ...(existing.has(item.no) ? [] : item.responsibilities.map((r) => r.unit)),
    ]),
  );
  tally.unitsCreated = units.created;
  const created = await createItems(db, input, newPositions, units.ids, tally);
  const itemIdAt = (position: number) =>
    created.get(position) ?? existing.get(input.items[position]?.no ?? '') ?? 0;
  tally.reportsCreated = await createReports(db, input, itemIdAt, units.ids);
  return tally;
}
