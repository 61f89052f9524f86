/** The API's shapes of items: a list row with its period's report summary, and the detail. */
import { z } from 'zod';
import { ReportDto } from './report.presenter.ts';

export const Person = z.object({
  unitId: z.number().int(),
  unit: z.string(),
  person: z.string().nullable(),
});

export const ItemSummaryDto = z.object({
  id: z.number().int(),
  no: z.string().describe('The number as printed'),
  task: z.string(),
  category: z.object({
    id: z.number().int(),
    ordinal: z.string().nullable(),
    title: z.string().nullable(),
  }),
  deadline: z.string(),
  version: z.number().int(),
  leaders: z.array(z.object({ id: z.number().int(), name: z.string() })),
  responsibilities: z.array(Person),
  report: z
    .object({
      id: z.number().int(),
      state: z.string(),
      statusLabel: z.string().nullable(),
      statusClaim: z.string().nullable(),
      assessment: z
        .string()
        .nullable()
        .describe('completed | on_track | lagging | severely_lagging | unknown'),
      progress: z.number().nullable(),
      expected: z.number().nullable(),
      discrepancy: z.boolean(),
    })
    .nullable()
    .describe('The report for the requested period, when the caller may see it'),
  figures: z
    .array(
      z.object({
        indicatorId: z.number().int(),
        what: z.string(),
        unit: z.string(),
        target: z.number().nullable(),
        actual: z.number().nullable(),
        completion: z.number().nullable(),
        status: z.string().nullable().describe('null without a report'),
      }),
    )
    .describe("Each indicator with the period report's figure, judged at its expectation"),
});
export type ItemSummaryDto = z.infer<typeof ItemSummaryDto>;

export const IndicatorDto = z.object({
  id: z.number().int(),
  what: z.string(),
  kind: z.string(),
  target: z.number().nullable(),
  unit: z.string(),
  targetText: z.string(),
  direction: z.string(),
  history: z
    .array(
      z.object({
        periodId: z.number().int(),
        label: z.string(),
        end: z.string(),
        actual: z.number().nullable(),
        completion: z.number().nullable(),
        expected: z.number().describe('序时进度 at the period end, 0..1'),
        expectedActual: z
          .number()
          .nullable()
          .describe('The figure the 序时 line asks for by the period end (counts only)'),
        status: z.string().describe('The indicator judged at the period end'),
        forecast: z.number().nullable().describe('Year-end value at the pace of that period'),
      }),
    )
    .describe('Actuals by period, oldest first'),
});

export const ItemDetailDto = ItemSummaryDto.omit({ report: true, figures: true }).extend({
  planId: z.number().int(),
  start: z.string(),
  leadUnit: z.string().nullable(),
  indicators: z.array(IndicatorDto),
  reports: z.array(ReportDto.extend({ periodLabel: z.string() })),
  warnings: z
    .array(
      z.object({
        code: z.string(),
        message: z.string(),
        messageEn: z.string(),
        periodLabel: z.string(),
      }),
    )
    .describe("The consistency warnings the item's imported tables raised, by period"),
});
export type ItemDetailDto = z.infer<typeof ItemDetailDto>;

type ListRow = {
  id: number;
  no: string;
  task: string;
  category_id: number;
  deadline: string;
  version: number;
  category_ordinal: string | null;
  category_title: string | null;
  report_id: number | null;
  report_state: string | null;
  status_label: string | null;
  status_claim: string | null;
  assessment: string | null;
  progress: number | null;
  expected: number | null;
  discrepancy: string | null;
};

export function presentItemSummary(
  row: ListRow,
  leaders: { id: number; name: string }[],
  responsibilities: z.infer<typeof Person>[],
  figures: ItemSummaryDto['figures'],
): ItemSummaryDto {
  return {
    id: row.id,
    no: row.no,
    task: row.task,
    category: { id: row.category_id, ordinal: row.category_ordinal, title: row.category_title },
    deadline: row.deadline,
    version: row.version,
    leaders,
    responsibilities,
    report:
      row.report_id === null
        ? null
        : {
            id: row.report_id,
            state: row.report_state ?? 'draft',
            statusLabel: row.status_label,
            statusClaim: row.status_claim,
            assessment: row.assessment,
            progress: row.progress,
            expected: row.expected,
            discrepancy: row.discrepancy !== null,
          },
    figures,
  };
}
