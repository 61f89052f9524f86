/** The comments an office user or a unit works through: oldest first, filtered. */
import type { Kysely } from 'kysely';
import type { Database } from '../db/schema.ts';
import { AppError } from '../errors.ts';
import type { Actor } from '../policies/actor.ts';
import { canDraftAnswer, commentScope } from '../policies/comment.policy.ts';
import { type CommentDto, presentComment } from '../presenters/comment.presenter.ts';
import {
  type CommentStateName,
  getComment,
  listComments,
} from '../repositories/comment.repository.ts';

export interface CommentQuery {
  state?: CommentStateName | undefined;
  unanswered?: boolean | undefined;
  planId?: number | undefined;
}

const refuse = (actor: Actor) =>
  new AppError(actor.role === 'public' ? 'unauthenticated' : 'forbidden');

/** GET /api/comments: the office sees all, a unit those assigned to it. */
export async function listCommentQueue(
  db: Kysely<Database>,
  actor: Actor,
  query: CommentQuery,
): Promise<CommentDto[]> {
  const scope = commentScope(actor);
  if (!scope) throw refuse(actor);
  const rows = await listComments(db, {
    ...scope,
    ...(query.state ? { states: [query.state] } : {}),
    unanswered: query.unanswered,
    planId: query.planId,
    limit: 500,
  });
  return rows.map(presentComment);
}

/** GET /api/comments/:id */
export async function readComment(
  db: Kysely<Database>,
  actor: Actor,
  id: number,
): Promise<CommentDto> {
  const row = await getComment(db, id);
  if (!row) throw new AppError('not_found');
  if (!canDraftAnswer(actor, row.assigned_unit_id)) throw refuse(actor);
  return presentComment(row);
}
