/** The API's shape of a report: never the row itself. */
import type { Selectable } from 'kysely';
import { z } from 'zod';
import type { ReportTable } from '../db/schema.ts';

/** The label says on schedule (or done) while the figures say behind. */
export const DiscrepancyDto = z.object({
  claim: z.string(),
  status: z.string(),
  message: z.string(),
  messageEn: z.string(),
});

export const ReportDto = z.object({
  id: z.number().int(),
  itemId: z.number().int(),
  periodId: z.number().int(),
  state: z
    .enum(['draft', 'submitted', 'returned', 'approved', 'published'])
    .describe('Workflow state'),
  /** Optimistic lock: send it back with every change. */
  version: z.number().int().describe('Send back with every change; a stale one gets 409'),
  statusLabel: z.string().nullable().describe('Self-reported status as written, e.g. 按进度完成'),
  statusClaim: z.string().nullable(),
  points: z.array(z.string()).describe('Numbered narrative points without their （1） markers'),
  text: z.string(),
  actuals: z.array(
    z.object({
      indicatorId: z.number().int(),
      actual: z.number().nullable(),
      actualText: z.string().nullable(),
    }),
  ),
  assessment: z.object({
    status: z.string(),
    expected: z.number(),
    progress: z.number().nullable(),
    decidedBy: z.string().nullable(),
    basis: z
      .array(z.number().int())
      .describe('Approved target changes the assessment used; empty: the original targets'),
  }),
  discrepancy: DiscrepancyDto.nullable(),
  authorUnitId: z.number().int().nullable(),
  returnReason: z.string().nullable(),
  carriedFromReportId: z
    .number()
    .int()
    .nullable()
    .describe("The earlier period's report this draft was carried over from"),
  explanation: z
    .string()
    .nullable()
    .describe("The unit's explanation of figures that disagree with its status label"),
  updatedAt: z.string(),
});
export type ReportDto = z.infer<typeof ReportDto>;

type Row = Selectable<ReportTable>;

export function presentReport(
  row: Row,
  points: { text: string }[],
  actuals: { indicator_id: number; actual: number | null; actual_text: string | null }[],
): ReportDto {
  return {
    id: row.id,
    itemId: row.item_id,
    periodId: row.period_id,
    state: row.state as ReportDto['state'],
    version: row.version,
    statusLabel: row.status_label,
    statusClaim: row.status_claim,
    points: points.map((p) => p.text),
    text: row.text,
    actuals: actuals.map((a) => ({
      indicatorId: a.indicator_id,
      actual: a.actual,
      actualText: a.actual_text,
    })),
    assessment: {
      status: row.assessment,
      expected: row.expected,
      progress: row.progress,
      decidedBy: row.decided_by,
      basis: JSON.parse(row.assessment_basis) as number[],
    },
    discrepancy: row.discrepancy ? JSON.parse(row.discrepancy) : null,
    authorUnitId: row.author_unit_id,
    returnReason: row.return_reason,
    carriedFromReportId: row.carried_from_report_id,
    explanation: row.explanation,
    updatedAt: row.updated_at,
  };
}
