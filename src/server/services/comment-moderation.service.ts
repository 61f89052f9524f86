/**
 * The office's work on citizens' comments: approve (shown on the item page), reject with a reason
 * (not shown; the citizen reads the reason by tracking number), assign to a unit (the item's lead
 * unit by default), which drafts the answer, and answer (published with its time, and sent to the
 * citizen's contact). Each step names the version it read: a stale one gets 409 with the current
 * comment. Every step is audited; the ones the public can see move the public revision.
 */
import type { Kysely, Updateable } from 'kysely';
import type { PersonalData } from '../crypto/personal-data.ts';
import { now } from '../db/clock.ts';
import type { CommentTable, Database } from '../db/schema.ts';
import { AppError } from '../errors.ts';
import type { Actor } from '../policies/actor.ts';
import { canDraftAnswer, canModerateComments } from '../policies/comment.policy.ts';
import { type CommentDto, presentComment } from '../presenters/comment.presenter.ts';
import { insertAuditEvent } from '../repositories/audit.repository.ts';
import {
  type CommentRow,
  type CommentStateName,
  getComment,
  updateCommentIfVersion,
} from '../repositories/comment.repository.ts';
import { bumpRevision } from '../repositories/publication.repository.ts';
import { type CitizenNotifier, sendQuietly } from './citizen-notifier.ts';

export type CommentAction = 'approve' | 'reject' | 'assign' | 'draft' | 'answer';

export interface CommentStep {
  action: CommentAction;
  version: number;
  reason?: string | undefined;
  unitId?: number | undefined;
  text?: string | undefined;
}

const required = (value: string | undefined, zh: string, en: string): string => {
  const text = value?.trim() ?? '';
  if (text === '') throw new AppError('validation_failed', { message: zh, messageEn: en });
  return text;
};

interface Rule {
  from: readonly CommentStateName[];
  /** Drafting is open to the assigned unit; everything else is the office's. */
  drafter: boolean;
  /** Changes what the public sees. */
  shown: boolean;
  fields: (
    row: CommentRow,
    step: CommentStep,
    db: Kysely<Database>,
  ) => Promise<Updateable<CommentTable>>;
}

const ALL: readonly CommentStateName[] = ['pending', 'approved', 'rejected'];

const RULES: Record<CommentAction, Rule> = {
  approve: {
    from: ['pending', 'rejected'],
    drafter: false,
    shown: true,
    fields: async () => ({ state: 'approved', reject_reason: null, moderated_at: now() }),
  },
  reject: {
    from: ['pending', 'approved'],
    drafter: false,
    shown: true,
    fields: async (_row, step) => ({
      state: 'rejected',
      reject_reason: required(
        step.reason,
        '不予公开时须说明理由',
        'Give the reason for not showing it',
      ),
      moderated_at: now(),
    }),
  },
  assign: {
    from: ALL,
    drafter: false,
    shown: false,
    fields: async (row, step, db) => {
      const unitId = step.unitId ?? row.item_lead_unit_id;
      const unit =
        unitId === null
          ? undefined
          : await db.selectFrom('units').select('id').where('id', '=', unitId).executeTakeFirst();
      if (!unit)
        throw new AppError('validation_failed', {
          message: '请指定负责答复的单位',
          messageEn: 'Name the unit that is to draft the answer',
        });
      return { assigned_unit_id: unit.id, assigned_at: now() };
    },
  },
  draft: {
    from: ALL,
    drafter: true,
    shown: false,
    fields: async (_row, step) => ({
      draft_answer: required(step.text, '请填写答复内容', 'Write the answer'),
      drafted_at: now(),
    }),
  },
  answer: {
    from: ALL,
    drafter: false,
    shown: true,
    fields: async (row, step) => ({
      answer: required(
        step.text ?? row.draft_answer ?? undefined,
        '请填写答复内容',
        'Write the answer',
      ),
      answered_at: now(),
    }),
  },
};

async function load(db: Kysely<Database>, id: number): Promise<CommentRow> {
  const row = await getComment(db, id);
  if (!row) throw new AppError('not_found');
  return row;
}

/** POST /api/comments/:id/{approve,reject,assign,answer} and PUT …/draft. */
export async function actOnComment(
  db: Kysely<Database>,
  deps: { notifier: CitizenNotifier; personalData: PersonalData },
  actor: Actor,
  id: number,
  step: CommentStep,
): Promise<CommentDto> {
  const rule = RULES[step.action];
  const { after, row } = await db.transaction().execute(async (trx) => {
    const row = await load(trx, id);
    const allowed = rule.drafter
      ? canDraftAnswer(actor, row.assigned_unit_id)
      : canModerateComments(actor);
    if (!allowed) throw new AppError(actor.role === 'public' ? 'unauthenticated' : 'forbidden');
    const before = presentComment(row);
    if (row.version !== step.version)
      throw new AppError('version_conflict', { details: { current: before } });
    if (!rule.from.includes(row.state as CommentStateName))
      throw new AppError('invalid_transition', { details: { current: before } });
    const fields = await rule.fields(row, step, trx);
    if (!(await updateCommentIfVersion(trx, id, step.version, fields)))
      throw new AppError('version_conflict', {
        details: { current: presentComment(await load(trx, id)) },
      });
    const after = presentComment(await load(trx, id));
    await insertAuditEvent(trx, {
      userId: actor.userId,
      actor: actor.name,
      action: `comment.${step.action}`,
      entity: 'comment',
      entityId: id,
      before,
      after,
    });
    if (rule.shown) await bumpRevision(trx);
    return { after, row };
  });
  // Opened inside the quiet send: a contact sealed under another key loses its message only.
  const { contact } = row;
  if (step.action === 'answer' && contact)
    await sendQuietly(
      (async () =>
        deps.notifier.commentAnswered({
          contact: deps.personalData.open(contact),
          trackingNumber: row.tracking_number,
          lang: row.lang === 'en' ? 'en' : 'zh',
        }))(),
    );
  return after;
}

function opened(sealed: string, personalData: PersonalData): string {
  try {
    return personalData.open(sealed);
  } catch {
    throw new AppError('contact_unreadable');
  }
}

/** GET /api/comments/:id/contact: the office reads a citizen's contact, and the log says so. */
export async function readCommentContact(
  db: Kysely<Database>,
  deps: { personalData: PersonalData },
  actor: Actor,
  id: number,
): Promise<{ contact: string | null }> {
  if (!canModerateComments(actor))
    throw new AppError(actor.role === 'public' ? 'unauthenticated' : 'forbidden');
  const row = await load(db, id);
  const contact = row.contact ? opened(row.contact, deps.personalData) : null;
  await insertAuditEvent(db, {
    userId: actor.userId,
    actor: actor.name,
    action: 'comment.contact_read',
    entity: 'comment',
    entityId: id,
  });
  return { contact };
}
