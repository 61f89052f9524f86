/**
 * Who still owes what in a period: the lead unit owes each item's report until it is submitted;
 * a co-unit owes its contribution until it submits it or the lead unit has submitted the report.
 * An item without a known lead unit is owed by each of its units.
 */
import type { Kysely } from 'kysely';
import type { Database } from '../db/schema.ts';
import { listContributions } from '../repositories/contribution.repository.ts';
import { listResponsibilities } from '../repositories/item.repository.ts';
import { listReportsOfItems } from '../repositories/report.repository.ts';

export interface Owed {
  no: string;
  task: string;
  owes: 'report' | 'contribution';
}

const HANDED_IN = new Set(['submitted', 'approved', 'published']);

/** Unit id → what it owes in `period`, items in plan order. */
export async function pendingUnits(
  db: Kysely<Database>,
  period: { id: number; plan_id: number },
): Promise<Map<number, Owed[]>> {
  const items = await db
    .selectFrom('items')
    .select(['id', 'no', 'task', 'lead_unit_id'])
    .where('plan_id', '=', period.plan_id)
    .orderBy('position')
    .execute();
  const ids = items.map((i) => i.id);
  const [reports, units, contributions] = await Promise.all([
    listReportsOfItems(db, ids, period.id),
    listResponsibilities(db, ids),
    listContributions(db, ids, period.id),
  ]);
  const handedIn = new Set(reports.filter((r) => HANDED_IN.has(r.state)).map((r) => r.item_id));
  const contributed = new Set(
    contributions.filter((c) => c.state === 'submitted').map((c) => `${c.item_id}:${c.unit_id}`),
  );
  const owed = new Map<number, Owed[]>();
  const add = (unitId: number, entry: Owed) => {
    const list = owed.get(unitId) ?? [];
    if (!list.some((e) => e.no === entry.no)) list.push(entry);
    owed.set(unitId, list);
  };
  for (const item of items) {
    if (handedIn.has(item.id)) continue;
    const on = { no: item.no, task: item.task };
    if (item.lead_unit_id !== null) add(item.lead_unit_id, { ...on, owes: 'report' });
    for (const unit of units.filter((u) => u.item_id === item.id)) {
      if (unit.unit_id === item.lead_unit_id) continue;
      if (item.lead_unit_id === null) add(unit.unit_id, { ...on, owes: 'report' });
      else if (!contributed.has(`${item.id}:${unit.unit_id}`))
        add(unit.unit_id, { ...on, owes: 'contribution' });
    }
  }
  return owed;
}
