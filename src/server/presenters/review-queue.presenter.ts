/** The API's shape of the office's review queue: what each submitted report needs looked at. */
import { z } from 'zod';

export const ReviewEntryDto = z.object({
  reportId: z.number().int(),
  version: z.number().int().describe('Send back with approve or return'),
  itemId: z.number().int(),
  no: z.string(),
  task: z.string(),
  planId: z.number().int(),
  planTitle: z.string(),
  periodId: z.number().int(),
  periodLabel: z.string(),
  dueDate: z.string().nullable(),
  unit: z.string().nullable().describe('The unit that wrote the report'),
  statusLabel: z.string().nullable(),
  assessment: z.string(),
  progress: z.number().nullable(),
  expected: z.number(),
  decidedBy: z.string().nullable(),
  discrepancy: z.object({ message: z.string(), messageEn: z.string() }).nullable(),
  explanation: z.string().nullable(),
  submittedAt: z.string(),
});
export type ReviewEntryDto = z.infer<typeof ReviewEntryDto>;

export function presentReviewEntry(row: {
  report_id: number;
  version: number;
  item_id: number;
  no: string;
  task: string;
  plan_id: number;
  plan_title: string;
  period_id: number;
  period_label: string;
  due_date: string | null;
  unit: string | null;
  status_label: string | null;
  assessment: string;
  progress: number | null;
  expected: number;
  decided_by: string | null;
  discrepancy: string | null;
  explanation: string | null;
  updated_at: string;
}): ReviewEntryDto {
  const discrepancy = row.discrepancy
    ? (JSON.parse(row.discrepancy) as { message: string; messageEn: string })
    : null;
  return {
    reportId: row.report_id,
    version: row.version,
    itemId: row.item_id,
    no: row.no,
    task: row.task,
    planId: row.plan_id,
    planTitle: row.plan_title,
    periodId: row.period_id,
    periodLabel: row.period_label,
    dueDate: row.due_date,
    unit: row.unit,
    statusLabel: row.status_label,
    assessment: row.assessment,
    progress: row.progress,
    expected: row.expected,
    decidedBy: row.decided_by,
    discrepancy: discrepancy
      ? { message: discrepancy.message, messageEn: discrepancy.messageEn }
      : null,
    explanation: row.explanation,
    submittedAt: row.updated_at,
  };
}
