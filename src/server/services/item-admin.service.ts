/**
 * The office corrects an item's people (leaders, lead unit, responsible units and persons) and
 * its indicators. People are chosen from the names the office keeps, by id: an unknown id is
 * refused, never created on the way. A changed target is the office's correction of how the
 * task was read (a formal change of a commitment is a separate request), so every report of
 * the item is judged again. Guarded by the item's version; audited with before and after.
 */
import type { Kysely } from 'kysely';
import type { Database } from '../db/schema.ts';
import { AppError } from '../errors.ts';
import type { Actor } from '../policies/actor.ts';
import { requireRole } from '../policies/admin.policy.ts';
import type { ItemDetailDto } from '../presenters/item.presenter.ts';
import { insertAuditEvent } from '../repositories/audit.repository.ts';
import {
  type IndicatorFields,
  listIndicators,
  replaceIndicators,
} from '../repositories/indicator.repository.ts';
import {
  getItem,
  replaceItemPeople,
  updateItemIfVersion,
} from '../repositories/item.repository.ts';
import { getItemDetail } from './item-detail.service.ts';
import { assertPeopleExist } from './item-people.ts';
import { reassessItemReports } from './reassess-item.ts';

type Db = Kysely<Database>;
type Item = NonNullable<Awaited<ReturnType<typeof getItem>>>;

export interface ItemPeople {
  leadUnitId: number | null;
  leaderIds: number[];
  responsibilities: { unitId: number; personId: number | null }[];
}

/** Runs `change` on the item at `version` in one transaction, audited as `action`. */
async function changeItem(
  db: Db,
  actor: Actor,
  input: { id: number; version: number; action: string },
  change: (trx: Db, item: Item) => Promise<{ lead_unit_id?: number | null }>,
): Promise<ItemDetailDto> {
  requireRole(actor, 'admin');
  return db.transaction().execute(async (trx) => {
    const item = await getItem(trx, input.id);
    if (!item) throw new AppError('not_found');
    const before = await getItemDetail(trx, actor, input.id);
    // Compare-and-set first: a concurrent edit waits on the row lock, then finds a new version.
    if (!(await updateItemIfVersion(trx, input.id, input.version, {})))
      throw new AppError('version_conflict', { details: { current: before } });
    const fields = await change(trx, item);
    if (Object.keys(fields).length > 0)
      await trx.updateTable('items').set(fields).where('id', '=', input.id).execute();
    const after = await getItemDetail(trx, actor, input.id);
    await insertAuditEvent(trx, {
      userId: actor.userId,
      actor: actor.name,
      action: input.action,
      entity: 'item',
      entityId: input.id,
      before,
      after,
    });
    return after;
  });
}

/** PUT /api/items/:id/people */
export const updateItemPeople = (
  db: Db,
  actor: Actor,
  id: number,
  input: ItemPeople & { version: number },
) =>
  changeItem(db, actor, { id, version: input.version, action: 'item.people' }, async (trx) => {
    await assertPeopleExist(trx, input);
    await replaceItemPeople(trx, id, input);
    return { lead_unit_id: input.leadUnitId };
  });

/** PUT /api/items/:id/indicators */
export const updateItemIndicators = (
  db: Db,
  actor: Actor,
  id: number,
  input: { version: number; indicators: (IndicatorFields & { id?: number | undefined })[] },
) =>
  changeItem(
    db,
    actor,
    { id, version: input.version, action: 'item.indicators' },
    async (trx, item) => {
      const stored = new Set((await listIndicators(trx, [id])).map((s) => s.id));
      const foreign = input.indicators.filter((x) => x.id !== undefined && !stored.has(x.id));
      if (foreign.length > 0)
        throw new AppError('validation_failed', {
          message: '指标不属于该事项',
          messageEn: 'An indicator does not belong to this item',
        });
      await replaceIndicators(trx, id, input.indicators);
      await reassessItemReports(trx, item);
      return {};
    },
  );
