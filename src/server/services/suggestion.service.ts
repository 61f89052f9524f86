/**
 * Deputies' suggestions on an item, tracked to an answer: a deputy of the item's group (or the
 * office for them) makes one, possibly from a site visit; the lead unit (or the office) answers,
 * naming the version it read. Lists: the office all, a unit those it must answer, a deputy those
 * of the groups they are in.
 */
import { AppError } from '../errors.ts';
import type { Actor } from '../policies/actor.ts';
import { requireRole } from '../policies/admin.policy.ts';
import { canWriteReport } from '../policies/report.policy.ts';
import { presentSuggestion, type SuggestionDto } from '../presenters/visit.presenter.ts';
import { insertAuditEvent } from '../repositories/audit.repository.ts';
import {
  getSuggestion,
  getVisit,
  insertSuggestion,
  itemsLedBy,
  itemsOfMember,
  listSuggestions,
  updateSuggestion,
} from '../repositories/visit.repository.ts';
import { inTransaction, type ServiceContext, stamp } from './context.ts';
import { itemAccessOf, requireGroupWriter } from './visit.service.ts';

async function view(ctx: Pick<ServiceContext, 'db'>, id: number): Promise<SuggestionDto> {
  const row = await getSuggestion(ctx.db, id);
  if (!row) throw new AppError('not_found');
  return presentSuggestion(row);
}

/** POST /api/congress/items/:id/suggestions */
export async function makeSuggestion(
  ctx: ServiceContext,
  actor: Actor,
  itemId: number,
  input: { text: string; visitId?: number | undefined },
): Promise<SuggestionDto> {
  await requireGroupWriter(ctx.db, actor, itemId);
  if (input.visitId !== undefined) {
    const visit = await getVisit(ctx.db, input.visitId);
    if (!visit || visit.item_id !== itemId)
      throw new AppError('validation_failed', {
        message: '所选视察记录不属于该事项',
        messageEn: 'The visit is not one of this item',
      });
  }
  return inTransaction(ctx, async (tx) => {
    const id = await insertSuggestion(tx.db, {
      item_id: itemId,
      visit_id: input.visitId ?? null,
      text: input.text,
      made_by: actor.name,
      made_at: stamp(tx),
      answer: null,
      answered_by: null,
      answered_at: null,
    });
    const dto = await view(tx, id);
    await insertAuditEvent(tx.db, {
      userId: actor.userId,
      actor: actor.name,
      action: 'suggestion.create',
      entity: 'suggestion',
      entityId: id,
      after: dto,
    });
    return dto;
  });
}

/** POST /api/congress/suggestions/:id/answer: the item's lead unit, or the office. */
export async function answerSuggestion(
  ctx: ServiceContext,
  actor: Actor,
  id: number,
  input: { version: number; text: string },
): Promise<SuggestionDto> {
  return inTransaction(ctx, async (tx) => {
    const before = await view(tx, id);
    const access = await itemAccessOf(tx.db, before.itemId);
    if (actor.role === 'public') throw new AppError('unauthenticated');
    if (!canWriteReport(actor, access)) throw new AppError('forbidden');
    const saved = await updateSuggestion(
      tx.db,
      { id, version: input.version },
      { answer: input.text, answered_by: actor.name, answered_at: stamp(tx) },
    );
    if (!saved) throw new AppError('version_conflict', { details: before });
    const after = await view(tx, id);
    await insertAuditEvent(tx.db, {
      userId: actor.userId,
      actor: actor.name,
      action: 'suggestion.answer',
      entity: 'suggestion',
      entityId: id,
      before,
      after,
    });
    return after;
  });
}

/** GET /api/congress/suggestions */
export async function readSuggestions(
  ctx: ServiceContext,
  actor: Actor,
  filter: { unanswered: boolean },
): Promise<SuggestionDto[]> {
  requireRole(actor, 'admin', 'reporter', 'deputy');
  const itemIds =
    actor.role === 'reporter'
      ? await itemsLedBy(ctx.db, actor.unitId ?? -1)
      : actor.role === 'deputy'
        ? await itemsOfMember(ctx.db, actor.userId ?? -1)
        : undefined;
  const rows = await listSuggestions(ctx.db, {
    ...(itemIds ? { itemIds } : {}),
    unanswered: filter.unanswered,
  });
  return rows.map(presentSuggestion);
}
