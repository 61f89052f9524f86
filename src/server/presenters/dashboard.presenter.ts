/** The API's shape of the dashboard. */
import { z } from 'zod';

const Counts = z.record(z.string(), z.number().int()).describe('Report count by assessment status');

export const DashboardDto = z.object({
  planId: z.number().int(),
  period: z
    .object({
      id: z.number().int(),
      label: z.string(),
      end: z.string(),
      expected: z.number().describe("序时进度 of the plan's year at the period end, 0..1"),
    })
    .nullable(),
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
      progress: z
        .number()
        .nullable()
        .describe(
          "Mean completion of the items' deciding indicators, each capped at 1; null when none is measurable",
        ),
      expected: z.number().nullable().describe('Mean 序时进度 of those items'),
    }),
  ),
  byLeader: z.array(z.object({ id: z.number().int(), name: z.string(), counts: Counts })),
  byUnit: z.array(z.object({ id: z.number().int(), name: z.string(), counts: Counts })),
  discrepancies: z.array(
    z.object({
      itemId: z.number().int(),
      no: z.string(),
      task: z.string(),
      leadUnit: z.string().nullable(),
      reportId: z.number().int(),
      statusLabel: z.string().nullable().describe('What the unit said, e.g. 按进度完成'),
      status: z.string().describe('What the figures say: lagging or severely_lagging'),
      decidedBy: z
        .object({
          what: z.string(),
          actual: z.number().nullable(),
          target: z.number().nullable(),
          unit: z.string(),
          completion: z.number().nullable(),
          expected: z.number(),
        })
        .nullable()
        .describe('The indicator that decided the assessment, with its figures'),
      explanation: z.string().nullable().describe("The unit's explanation, if it gave one"),
      message: z.string(),
      messageEn: z.string(),
    }),
  ),
  missing: z
    .array(
      z.object({
        itemId: z.number().int(),
        no: z.string(),
        task: z.string(),
        leadUnit: z.string().nullable(),
      }),
    )
    .describe('Items without a report the caller may see in the period'),
  previousPeriod: z
    .object({ id: z.number().int(), label: z.string(), end: z.string() })
    .nullable()
    .describe('The period that ended last before this one'),
  changes: z
    .array(
      z.object({
        itemId: z.number().int(),
        no: z.string(),
        task: z.string(),
        from: z.string().nullable().describe('Assessment in the previous period; null: no report'),
        to: z.string(),
        progressFrom: z.number().nullable(),
        progressTo: z.number().nullable(),
        change: z.enum(['new', 'better', 'worse', 'changed']),
      }),
    )
    .describe('Items whose assessment differs from the previous period'),
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
