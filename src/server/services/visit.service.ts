/**
 * Deputies' supervision of an item (人大监督): its supervision group of deputies (set by the
 * office), the site visits the group logs (date, participants, findings), and the view that
 * gathers them with the suggestions. Everyone who works on the item reads it; the group's
 * deputies and the office write visits.
 */
import { AppError } from '../errors.ts';
import type { Actor } from '../policies/actor.ts';
import { requireRole } from '../policies/admin.policy.ts';
import { canWriteReport, isOwnItem } from '../policies/report.policy.ts';
import {
  presentSuggestion,
  presentVisit,
  type SiteVisitDto,
  type SupervisionDto,
} from '../presenters/visit.presenter.ts';
import { insertAuditEvent } from '../repositories/audit.repository.ts';
import { getItem, getItemAccess } from '../repositories/item.repository.ts';
import {
  getVisit,
  insertVisit,
  isMember,
  listDeputies,
  listMembers,
  listSuggestions,
  listVisits,
  replaceMembers,
  usersByIds,
} from '../repositories/visit.repository.ts';
import { inTransaction, type ServiceContext, stamp } from './context.ts';

type Db = ServiceContext['db'];

/** The item's access, or not_found. */
export async function itemAccessOf(db: Db, itemId: number) {
  if (!(await getItem(db, itemId))) throw new AppError('not_found');
  return getItemAccess(db, itemId);
}

/** Reading an item's supervision: the office, any deputy, the item's units and leaders. */
export async function requireSupervisionReader(db: Db, actor: Actor, itemId: number) {
  const access = await itemAccessOf(db, itemId);
  if (actor.role === 'public') throw new AppError('unauthenticated');
  if (actor.role === 'deputy' || isOwnItem(actor, access)) return access;
  throw new AppError('forbidden');
}

/** Writing visits and suggestions: the office, or a deputy of the item's group. */
export async function requireGroupWriter(db: Db, actor: Actor, itemId: number): Promise<void> {
  await itemAccessOf(db, itemId);
  requireRole(actor, 'admin', 'deputy');
  if (
    actor.role === 'deputy' &&
    !(actor.userId !== null && (await isMember(db, itemId, actor.userId)))
  )
    throw new AppError('forbidden', {
      message: '只有该事项监督小组的代表可以记录',
      messageEn: "Only deputies of the item's supervision group may record this",
    });
}

export async function supervisionView(db: Db, itemId: number): Promise<SupervisionDto> {
  const [members, visits, suggestions] = await Promise.all([
    listMembers(db, itemId),
    listVisits(db, itemId),
    listSuggestions(db, { itemIds: [itemId] }),
  ]);
  return {
    itemId,
    group: members.map((m) => ({ userId: m.id, name: m.name, head: m.is_head === 1 })),
    visits: visits.map(presentVisit),
    suggestions: suggestions.map(presentSuggestion),
  };
}

/** GET /api/congress/items/:id/supervision */
export async function readSupervision(
  ctx: ServiceContext,
  actor: Actor,
  itemId: number,
): Promise<SupervisionDto & { mayAnswer: boolean }> {
  const access = await requireSupervisionReader(ctx.db, actor, itemId);
  return { ...(await supervisionView(ctx.db, itemId)), mayAnswer: canWriteReport(actor, access) };
}

/** PUT /api/congress/items/:id/group: the item's supervision group (admin). */
export async function setGroup(
  ctx: ServiceContext,
  actor: Actor,
  itemId: number,
  members: { userId: number; head: boolean }[],
): Promise<SupervisionDto> {
  requireRole(actor, 'admin');
  return inTransaction(ctx, async (tx) => {
    await itemAccessOf(tx.db, itemId);
    const ids = [...new Set(members.map((m) => m.userId))];
    const users = await usersByIds(tx.db, ids);
    if (users.length !== ids.length || users.some((u) => u.role !== 'deputy'))
      throw new AppError('validation_failed', {
        message: '监督小组成员须为人大代表账号',
        messageEn: 'Members of a supervision group must be deputies',
      });
    const before = (await supervisionView(tx.db, itemId)).group;
    await replaceMembers(tx.db, itemId, members);
    const after = await supervisionView(tx.db, itemId);
    await insertAuditEvent(tx.db, {
      userId: actor.userId,
      actor: actor.name,
      action: 'supervision_group.set',
      entity: 'item',
      entityId: itemId,
      before,
      after: after.group,
    });
    return after;
  });
}

/** POST /api/congress/items/:id/visits */
export async function recordVisit(
  ctx: ServiceContext,
  actor: Actor,
  itemId: number,
  input: { visitedOn: string; participants: string[]; findings: string },
): Promise<SiteVisitDto> {
  await requireGroupWriter(ctx.db, actor, itemId);
  return inTransaction(ctx, async (tx) => {
    const id = await insertVisit(tx.db, {
      item_id: itemId,
      visited_on: input.visitedOn,
      participants: JSON.stringify(input.participants),
      findings: input.findings,
      recorded_by: actor.name,
      created_at: stamp(tx),
    });
    const row = await getVisit(tx.db, id);
    if (!row) throw new AppError('not_found');
    const dto = presentVisit(row);
    await insertAuditEvent(tx.db, {
      userId: actor.userId,
      actor: actor.name,
      action: 'site_visit.create',
      entity: 'site_visit',
      entityId: id,
      after: dto,
    });
    return dto;
  });
}

/** GET /api/congress/deputies: who the office may put in a group. */
export async function readDeputies(ctx: ServiceContext, actor: Actor) {
  requireRole(actor, 'admin');
  return listDeputies(ctx.db);
}
