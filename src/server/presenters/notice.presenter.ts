/** The API's shape of a supervision notice (督办单) and of a leader's instruction. */
import { z } from 'zod';
import {
  NOTICE_REASONS,
  NOTICE_TIERS,
  type NoticeFacts,
} from '../../core/supervision/notice-rules.ts';
import type { NoticeRow } from '../repositories/notice.repository.ts';

export const NOTICE_STATES = ['issued', 'signed', 'answered', 'closed', 'escalated'] as const;

export const NoticeDto = z.object({
  id: z.number().int(),
  planId: z.number().int(),
  itemId: z.number().int(),
  itemNo: z.string(),
  task: z.string(),
  periodId: z.number().int().nullable(),
  periodLabel: z.string().nullable(),
  tier: z.enum(NOTICE_TIERS).describe('blue reminds, yellow warns, red demands'),
  reason: z.enum(NOTICE_REASONS),
  message: z.string().describe('The facts that raised it, in Chinese'),
  messageEn: z.string(),
  facts: z
    .object({
      dueDate: z.string().nullable(),
      days: z.number().nullable().describe('Days left before the due date, or days past it'),
      progress: z.number().nullable(),
      expected: z.number().nullable(),
      decidedBy: z.string().nullable(),
      returns: z.number().nullable(),
    })
    .describe('The figures behind the message'),
  unitId: z.number().int().nullable().describe('Addressed to: the lead unit'),
  unit: z.string().nullable(),
  leaders: z.array(z.object({ id: z.number().int(), name: z.string() })).describe('Copied to'),
  instruction: z
    .object({ text: z.string(), givenOn: z.string(), leaderId: z.number().int().nullable() })
    .nullable()
    .describe("The leader's instruction that started it"),
  escalatedFrom: z.number().int().nullable(),
  state: z.enum(NOTICE_STATES),
  answerBy: z.string().describe('Date the unit must answer by'),
  issuedAt: z.string(),
  issuedBy: z.string(),
  signedAt: z.string().nullable(),
  signedBy: z.string().nullable(),
  measures: z.string().nullable().describe("The unit's answer: what it will do"),
  promisedDate: z.string().nullable().describe('When the unit says it will be done'),
  answeredAt: z.string().nullable(),
  answeredBy: z.string().nullable(),
  closedAt: z.string().nullable(),
  closedBy: z.string().nullable(),
  closeNote: z.string().nullable(),
  version: z.number().int(),
});
export type NoticeDto = z.infer<typeof NoticeDto>;

export const InstructionDto = z.object({
  id: z.number().int(),
  itemId: z.number().int(),
  leaderId: z.number().int().nullable(),
  leader: z.string().nullable(),
  text: z.string(),
  givenOn: z.string(),
  createdAt: z.string(),
});

export function presentNotice(row: NoticeRow, leaderNames: Map<number, string>): NoticeDto {
  const facts = JSON.parse(row.facts) as NoticeFacts;
  const leaderIds = JSON.parse(row.leader_ids) as number[];
  return {
    id: row.id,
    planId: row.plan_id,
    itemId: row.item_id,
    itemNo: row.item_no,
    task: row.item_task,
    periodId: row.period_id,
    periodLabel: row.period_label,
    tier: row.tier as NoticeDto['tier'],
    reason: row.reason as NoticeDto['reason'],
    message: facts.message,
    messageEn: facts.messageEn,
    facts: {
      dueDate: facts.dueDate,
      days: facts.days,
      progress: facts.progress,
      expected: facts.expected,
      decidedBy: facts.decidedBy,
      returns: facts.returns,
    },
    unitId: row.unit_id,
    unit: row.unit_name,
    leaders: leaderIds.map((id) => ({ id, name: leaderNames.get(id) ?? '' })),
    instruction:
      row.instruction_text === null || row.instruction_given_on === null
        ? null
        : {
            text: row.instruction_text,
            givenOn: row.instruction_given_on,
            leaderId: row.instruction_leader_id,
          },
    escalatedFrom: row.escalated_from,
    state: row.state as NoticeDto['state'],
    answerBy: row.answer_by,
    issuedAt: row.issued_at,
    issuedBy: row.issued_by,
    signedAt: row.signed_at,
    signedBy: row.signed_by,
    measures: row.measures,
    promisedDate: row.promised_date,
    answeredAt: row.answered_at,
    answeredBy: row.answered_by,
    closedAt: row.closed_at,
    closedBy: row.closed_by,
    closeNote: row.close_note,
    version: row.version,
  };
}
