/** The API's shape of the dashboard. */
import { z } from 'zod';

const Counts = z.record(z.string(), z.number().int()).describe('Report count by assessment status');

export const DashboardDto = z.object({
  planId: z.number().int(),
  period: z.object({ id: z.number().int(), label: z.string(), end: z.string() }).nullable(),
  items: z.number().int(),
  unreported: z.number().int().describe('Items without a report the caller may see'),
  byAssessment: Counts,
  byClaim: z.record(z.string(), z.number().int()).describe('Report count by self-reported claim'),
  byCategory: z.array(
    z.object({
      id: z.number().int(),
      ordinal: z.string().nullable(),
      title: z.string().nullable(),
      counts: Counts,
    }),
  ),
  byLeader: z.array(z.object({ id: z.number().int(), name: z.string(), counts: Counts })),
  byUnit: z.array(z.object({ id: z.number().int(), name: z.string(), counts: Counts })),
  discrepancies: z.array(
    z.object({
      itemId: z.number().int(),
      no: z.string(),
      reportId: z.number().int(),
      message: z.string(),
      messageEn: z.string(),
    }),
  ),
  overdue: z.array(
    z.object({
      periodId: z.number().int(),
      label: z.string(),
      dueDate: z.string().nullable(),
      itemId: z.number().int(),
      no: z.string(),
      state: z.string().nullable().describe('null: no report yet'),
    }),
  ),
});
export type DashboardDto = z.infer<typeof DashboardDto>;

/** Folds (id, assessment, n) rows into one count map per id. */
export function countsById(
  rows: { id: number; assessment: string; n: number | string }[],
): Map<number, Record<string, number>> {
  const out = new Map<number, Record<string, number>>();
  for (const row of rows) {
    const counts = out.get(row.id) ?? {};
    counts[row.assessment] = (counts[row.assessment] ?? 0) + Number(row.n);
    out.set(row.id, counts);
  }
  return out;
}
