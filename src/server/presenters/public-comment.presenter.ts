/**
 * Citizens' comments as the public sees them: the text, the rating, when it was posted and the
 * official answer with its time. Never the contact, the tracking number (each citizen's own key),
 * the moderation or the unit's draft. The citizen's own view (by tracking number) adds the state
 * and, for a comment not shown, the reason.
 */
import { z } from 'zod';

const AnswerDto = z
  .object({ text: z.string(), answeredAt: z.string() })
  .nullable()
  .describe('The official answer, once given');

export const PublicCommentDto = z.object({
  postedAt: z.string(),
  rating: z.number().int().min(1).max(5).nullable(),
  body: z.string(),
  answer: AnswerDto,
});
export type PublicCommentDto = z.infer<typeof PublicCommentDto>;

export const TrackedCommentDto = z.object({
  trackingNumber: z.string(),
  postedAt: z.string(),
  item: z.object({ id: z.number().int(), no: z.string(), task: z.string() }),
  body: z.string(),
  rating: z.number().int().min(1).max(5).nullable(),
  status: z
    .enum(['pending', 'approved', 'rejected'])
    .describe('pending: awaiting review; approved: shown on the item page; rejected: not shown'),
  rejectReason: z.string().nullable(),
  answer: AnswerDto,
});
export type TrackedCommentDto = z.infer<typeof TrackedCommentDto>;

interface Row {
  created_at: string;
  rating: number | null;
  body: string;
  answer: string | null;
  answered_at: string | null;
}

const answerOf = (row: Row) =>
  row.answer !== null && row.answered_at !== null
    ? { text: row.answer, answeredAt: row.answered_at }
    : null;

export const presentPublicComment = (row: Row): PublicCommentDto => ({
  postedAt: row.created_at,
  rating: row.rating,
  body: row.body,
  answer: answerOf(row),
});

export const presentTrackedComment = (
  row: Row & {
    tracking_number: string;
    item_id: number;
    item_no: string;
    item_task: string;
    state: string;
    reject_reason: string | null;
  },
): TrackedCommentDto => ({
  trackingNumber: row.tracking_number,
  postedAt: row.created_at,
  item: { id: row.item_id, no: row.item_no, task: row.item_task },
  body: row.body,
  rating: row.rating,
  status: row.state as TrackedCommentDto['status'],
  rejectReason: row.state === 'rejected' ? row.reject_reason : null,
  answer: answerOf(row),
});
