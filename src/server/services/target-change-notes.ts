/** Approved target changes of a plan's items as the export's note lines read them. */
import type { Kysely } from 'kysely';
import type { ApprovedChange } from '../../core/supervision/target-change-note.ts';
import type { Database } from '../db/schema.ts';
import { listIndicators } from '../repositories/indicator.repository.ts';
import { type ChangeValue, listTargetChanges } from '../repositories/target-change.repository.ts';

const valueText = (value: ChangeValue): string =>
  value.targetText ??
  (value.target !== undefined ? String(value.target) : undefined) ??
  value.deadline ??
  value.unit ??
  '—';

/** Item id → its approved changes, oldest first; items without any are absent. */
export async function approvedChangeNotes(
  db: Kysely<Database>,
  items: { id: number; no: string }[],
): Promise<Map<number, ApprovedChange[]>> {
  const ids = items.map((i) => i.id);
  const [changes, indicators] = await Promise.all([
    listTargetChanges(db, ids, { approved: true }),
    listIndicators(db, ids),
  ]);
  const noOf = new Map(items.map((i) => [i.id, i.no]));
  const whatOf = new Map(indicators.map((x) => [x.id, x.what]));
  const notes = new Map<number, ApprovedChange[]>();
  for (const change of changes) {
    const note: ApprovedChange = {
      no: noOf.get(change.item_id) ?? '',
      kind: change.kind as ApprovedChange['kind'],
      what: change.indicator_id === null ? null : (whatOf.get(change.indicator_id) ?? null),
      from: valueText(JSON.parse(change.from_value) as ChangeValue),
      to: valueText(JSON.parse(change.to_value) as ChangeValue),
      reason: change.reason,
      documentRef: change.document_ref,
      approvedOn: (change.decided_at ?? '').slice(0, 10),
    };
    notes.set(change.item_id, [...(notes.get(change.item_id) ?? []), note]);
  }
  return notes;
}
