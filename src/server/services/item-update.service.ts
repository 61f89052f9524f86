/** Editing an item (the office corrects a task or a deadline), guarded by its version. */
import type { Kysely } from 'kysely';
import type { Database } from '../db/schema.ts';
import { AppError } from '../errors.ts';
import type { Actor } from '../policies/actor.ts';
import { requireRole } from '../policies/admin.policy.ts';
import type { ItemDetailDto } from '../presenters/item.presenter.ts';
import { insertAuditEvent } from '../repositories/audit.repository.ts';
import { getItem, updateItemIfVersion } from '../repositories/item.repository.ts';
import { getItemDetail } from './item-detail.service.ts';

export async function updateItem(
  db: Kysely<Database>,
  actor: Actor,
  id: number,
  input: { version: number; task?: string | undefined; deadline?: string | undefined },
): Promise<ItemDetailDto> {
  requireRole(actor, 'admin');
  return db.transaction().execute(async (trx) => {
    if (!(await getItem(trx, id))) throw new AppError('not_found');
    const before = await getItemDetail(trx, actor, id);
    const fields = {
      ...(input.task ? { task: input.task } : {}),
      ...(input.deadline ? { deadline: input.deadline } : {}),
    };
    if (!(await updateItemIfVersion(trx, id, input.version, fields))) {
      throw new AppError('version_conflict', { details: { current: before } });
    }
    const after = await getItemDetail(trx, actor, id);
    await insertAuditEvent(trx, {
      userId: actor.userId,
      actor: actor.name,
      action: 'item.update',
      entity: 'item',
      entityId: id,
      before,
      after,
    });
    return after;
  });
}
