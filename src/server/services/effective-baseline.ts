/**
 * The baseline an item is judged against: its original targets and deadline, as planned, with
 * the office's approved changes laid over them in the order they were approved. The original
 * rows are never overwritten; the ids of the changes applied say which baseline was used.
 */
import type { Kysely } from 'kysely';
import type { Database } from '../db/schema.ts';
import { listIndicators } from '../repositories/indicator.repository.ts';
import { type ChangeValue, listTargetChanges } from '../repositories/target-change.repository.ts';
import { groupBy } from './item.service.ts';

type StoredIndicator = Awaited<ReturnType<typeof listIndicators>>[number];

export interface Baseline {
  indicators: StoredIndicator[];
  deadline: string;
  /** Ids of the approved changes applied; empty when the original plan holds. */
  basis: number[];
}

/** Baselines of items, by item id; `deadlines` are the items' planned deadlines. */
export async function effectiveBaselines(
  db: Kysely<Database>,
  deadlines: Map<number, string>,
): Promise<Map<number, Baseline>> {
  const ids = [...deadlines.keys()];
  const [indicators, changes] = await Promise.all([
    listIndicators(db, ids),
    listTargetChanges(db, ids, { approved: true }),
  ]);
  const indicatorsOf = groupBy(indicators, (x) => x.item_id);
  const changesOf = groupBy(changes, (c) => c.item_id);
  const baselines = new Map<number, Baseline>();
  for (const [itemId, planned] of deadlines) {
    const baseline: Baseline = {
      indicators: (indicatorsOf.get(itemId) ?? []).map((x) => ({ ...x })),
      deadline: planned,
      basis: [],
    };
    const approved = [...(changesOf.get(itemId) ?? [])].sort((a, b) =>
      (a.decided_at ?? '').localeCompare(b.decided_at ?? ''),
    );
    for (const change of approved) {
      const to = JSON.parse(change.to_value) as ChangeValue;
      if (change.kind === 'deadline' && to.deadline) baseline.deadline = to.deadline;
      const indicator = baseline.indicators.find((x) => x.id === change.indicator_id);
      if (change.kind === 'target' && indicator && to.target !== undefined) {
        indicator.target = to.target;
        indicator.target_text = to.targetText ?? indicator.target_text;
      }
      if (change.kind !== 'unit') baseline.basis.push(change.id);
    }
    baselines.set(itemId, baseline);
  }
  return baselines;
}

/** The baseline of one item. */
export async function effectiveBaseline(
  db: Kysely<Database>,
  item: { id: number; deadline: string },
): Promise<Baseline> {
  const baselines = await effectiveBaselines(db, new Map([[item.id, item.deadline]]));
  return baselines.get(item.id) ?? { indicators: [], deadline: item.deadline, basis: [] };
}
