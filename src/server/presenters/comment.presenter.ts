/** The office's shape of a citizen's comment: everything but the contact, which is asked for. */
import { z } from 'zod';
import type { CommentRow } from '../repositories/comment.repository.ts';

const Stamped = z.object({ text: z.string(), at: z.string() });

export const CommentDto = z.object({
  id: z.number().int(),
  trackingNumber: z.string(),
  planId: z.number().int(),
  item: z.object({ id: z.number().int(), no: z.string(), task: z.string() }),
  body: z.string(),
  rating: z.number().int().nullable(),
  state: z.enum(['pending', 'approved', 'rejected']),
  rejectReason: z.string().nullable(),
  moderatedAt: z.string().nullable(),
  assignedUnit: z.object({ id: z.number().int(), name: z.string() }).nullable(),
  assignedAt: z.string().nullable(),
  draft: Stamped.nullable().describe("The assigned unit's draft answer"),
  answer: Stamped.nullable().describe('The published answer'),
  hasContact: z.boolean(),
  createdAt: z.string(),
  version: z.number().int().describe('Send back with every change; a stale one gets 409'),
});
export type CommentDto = z.infer<typeof CommentDto>;

export const CommentContactDto = z.object({
  contact: z.string().nullable().describe("The citizen's phone or e-mail (office only)"),
});

const stamped = (text: string | null, at: string | null) =>
  text !== null && at !== null ? { text, at } : null;

export const presentComment = (row: CommentRow): CommentDto => ({
  id: row.id,
  trackingNumber: row.tracking_number,
  planId: row.plan_id,
  item: { id: row.item_id, no: row.item_no, task: row.item_task },
  body: row.body,
  rating: row.rating,
  state: row.state as CommentDto['state'],
  rejectReason: row.reject_reason,
  moderatedAt: row.moderated_at,
  assignedUnit:
    row.assigned_unit_id !== null && row.assigned_unit !== null
      ? { id: row.assigned_unit_id, name: row.assigned_unit }
      : null,
  assignedAt: row.assigned_at,
  draft: stamped(row.draft_answer, row.drafted_at),
  answer: stamped(row.answer, row.answered_at),
  hasContact: row.contact !== null,
  createdAt: row.created_at,
  version: row.version,
});
