/**
 * The filtered item list of a plan with each item's report for one period. Search is a substring
 * match (LIKE) over task and progress text on both engines: Chinese has no spaces to tokenise,
 * FTS5's trigram tokenizer finds nothing for the common 1–2 character queries (改造, 公路), and
 * a plan has tens of items, so a scan is fast and always right.
 */
import { type Kysely, sql } from 'kysely';
import type { Database } from '../db/schema.ts';

export interface ItemListFilter {
  planId: number;
  /** Period whose reports are joined; null joins none. */
  periodId: number | null;
  /** Report states the caller may see. */
  states: readonly string[];
  categoryId?: number | undefined;
  leaderId?: number | undefined;
  unitId?: number | undefined;
  claim?: string | undefined;
  assessment?: string | undefined;
  state?: string | undefined;
  q?: string | undefined;
  /** Restricts to the items of a unit or leader (a reporter's or leader's own). */
  scope?: { unitId?: number | null; leaderId?: number | null } | undefined;
}

/** `%q%` with LIKE's wildcards escaped, for `LIKE … ESCAPE '\'`. */
const containing = (q: string) => `%${q.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;

export function listItemRows(db: Kysely<Database>, f: ItemListFilter) {
  let query = db
    .selectFrom('items')
    .innerJoin('categories', 'categories.id', 'items.category_id')
    .leftJoin('reports as r', (join) =>
      join
        .onRef('r.item_id', '=', 'items.id')
        .on('r.period_id', '=', f.periodId ?? -1)
        .on('r.state', 'in', f.states.length > 0 ? [...f.states] : ['']),
    )
    .select([
      'items.id',
      'items.no',
      'items.task',
      'items.category_id',
      'items.lead_unit_id',
      'items.deadline',
      'items.version',
      'categories.ordinal as category_ordinal',
      'categories.title as category_title',
      'r.id as report_id',
      'r.state as report_state',
      'r.status_label',
      'r.status_claim',
      'r.assessment',
      'r.progress',
      'r.expected',
      'r.discrepancy',
    ])
    .where('items.plan_id', '=', f.planId)
    .orderBy('items.position');
  const unitOn = (unitId: number) =>
    query.where((eb) =>
      eb.or([
        eb('items.lead_unit_id', '=', unitId),
        eb.exists(
          eb
            .selectFrom('responsibilities')
            .select('id')
            .whereRef('responsibilities.item_id', '=', 'items.id')
            .where('responsibilities.unit_id', '=', unitId),
        ),
      ]),
    );
  const leaderOn = (leaderId: number) =>
    query.where(({ exists, selectFrom }) =>
      exists(
        selectFrom('item_leaders')
          .select('item_id')
          .whereRef('item_leaders.item_id', '=', 'items.id')
          .where('item_leaders.leader_id', '=', leaderId),
      ),
    );
  if (f.scope?.unitId != null) query = unitOn(f.scope.unitId);
  if (f.scope?.leaderId != null) query = leaderOn(f.scope.leaderId);
  if (f.unitId !== undefined) query = unitOn(f.unitId);
  if (f.leaderId !== undefined) query = leaderOn(f.leaderId);
  if (f.categoryId !== undefined) query = query.where('items.category_id', '=', f.categoryId);
  if (f.claim) query = query.where('r.status_claim', '=', f.claim);
  if (f.assessment) query = query.where('r.assessment', '=', f.assessment);
  if (f.state) query = query.where('r.state', '=', f.state);
  if (f.q) {
    const pattern = containing(f.q);
    query = query.where((eb) =>
      eb.or([
        sql<boolean>`${eb.ref('items.task')} like ${pattern} escape '\\'`,
        sql<boolean>`${eb.ref('r.text')} like ${pattern} escape '\\'`,
      ]),
    );
  }
  return query.execute();
}
