/**
 * The public shapes of a plan: the list of public plans, the plan page's overview, and the open
 * data plan document (`minsheng.plan/1` without the office's reading warnings and discrepancy
 * notes, plus each item's `id` for its public page). All from the last fully published period.
 */
import { z } from 'zod';
import { expectedShare } from '../../core/assess/expectation.ts';
import type { ItemDocument } from '../../core/plan-document.ts';
import type { PublicDocument } from '../services/public-document.ts';
import {
  PublicAssessmentDto,
  PublicIndicatorDto,
  PublicPeriodDto,
  PublicReportContentDto,
  presentAssessment,
  presentIndicator,
  presentPeriod,
  presentReportContent,
} from './public-shared.presenter.ts';

const PlanHead = z.object({
  id: z.number().int(),
  title: z.string(),
  year: z.number().int(),
  jurisdiction: z.string(),
  declaredItemCount: z.number().int().nullable(),
});
type PlanHead = z.infer<typeof PlanHead>;

export const PublicPlanSummaryDto = PlanHead.extend({
  itemCount: z.number().int().describe('Items published'),
  period: PublicPeriodDto.describe('The period the public view shows'),
  updatedAt: z.string().describe('Latest publication shown'),
});
export type PublicPlanSummaryDto = z.infer<typeof PublicPlanSummaryDto>;

export const PublicItemSummaryDto = z.object({
  id: z.number().int(),
  no: z.string(),
  task: z.string(),
  leadUnit: z.string().nullable(),
  deadline: z.string(),
  indicators: z.array(PublicIndicatorDto),
  report: PublicReportContentDto.nullable().describe('Null: no report of this period'),
  assessment: PublicAssessmentDto,
});
export type PublicItemSummaryDto = z.infer<typeof PublicItemSummaryDto>;

export const PublicPlanDto = PublicPlanSummaryDto.extend({
  expected: z.number().describe("序时进度: share of the plan's year elapsed at the period end"),
  periods: z.array(PublicPeriodDto).describe('Every public period, latest first'),
  categories: z.array(
    z.object({
      ordinal: z.string().nullable(),
      title: z.string().nullable(),
      items: z.array(PublicItemSummaryDto),
    }),
  ),
});
export type PublicPlanDto = z.infer<typeof PublicPlanDto>;

export const PublicPlanDocumentDto = z.object({
  schema: z.literal('minsheng.plan/1'),
  plan: z.object({
    title: z.string(),
    year: z.number().int(),
    declaredItemCount: z.number().int().nullable(),
    period: z.object({ label: z.string(), start: z.string(), end: z.string() }).nullable(),
    asOf: z.string(),
  }),
  categories: z.array(z.object({ ordinal: z.string().nullable(), title: z.string().nullable() })),
  items: z.array(
    z.object({
      id: z.number().int().describe('For /api/public/items/{id} and /p/items/{id}'),
      no: z.string(),
      category: z.string().nullable(),
      categoryOrdinal: z.string().nullable(),
      task: z.string(),
      leadUnit: z.string().nullable(),
      leaders: z.array(z.string()),
      responsibilities: z.array(z.object({ unit: z.string(), person: z.string().nullable() })),
      start: z.string(),
      deadline: z.string(),
      indicators: z.array(PublicIndicatorDto),
      report: PublicReportContentDto.nullable(),
      assessment: PublicAssessmentDto,
    }),
  ),
});
export type PublicPlanDocumentDto = z.infer<typeof PublicPlanDocumentDto>;

export interface PublicPlanView extends PublicDocument {
  head: PlanHead;
  period: PublicPeriodDto;
  periods: PublicPeriodDto[];
  updatedAt: string;
}

export const presentPlanHead = (head: PlanHead): PlanHead => ({
  id: head.id,
  title: head.title,
  year: head.year,
  jurisdiction: head.jurisdiction,
  declaredItemCount: head.declaredItemCount,
});

const summaryOf = (id: number, item: ItemDocument): PublicItemSummaryDto => ({
  id,
  no: item.no,
  task: item.task,
  leadUnit: item.leadUnit,
  deadline: item.deadline,
  indicators: item.indicators.map(presentIndicator),
  report: item.report ? presentReportContent(item.report) : null,
  assessment: presentAssessment(item.assessment),
});

export function presentPublicPlan(view: PublicPlanView): PublicPlanDto {
  const { document, itemIds, categoryOf } = view;
  return {
    ...presentPlanHead(view.head),
    itemCount: document.items.length,
    expected: expectedShare(`${view.head.year}-01-01`, `${view.head.year}-12-31`, view.period.end),
    period: presentPeriod(view.period),
    updatedAt: view.updatedAt,
    periods: view.periods.map(presentPeriod),
    categories: document.categories.map((category, index) => ({
      ordinal: category.ordinal,
      title: category.title,
      items: document.items.flatMap((item, i) =>
        categoryOf[i] === index ? [summaryOf(itemIds[i] ?? 0, item)] : [],
      ),
    })),
  };
}

export function presentPublicPlanDocument(view: PublicDocument): PublicPlanDocumentDto {
  const { document, itemIds } = view;
  return {
    schema: 'minsheng.plan/1',
    plan: {
      title: document.plan.title,
      year: document.plan.year,
      declaredItemCount: document.plan.declaredItemCount,
      period: document.plan.period
        ? {
            label: document.plan.period.label,
            start: document.plan.period.start,
            end: document.plan.period.end,
          }
        : null,
      asOf: document.plan.asOf,
    },
    categories: document.categories.map((c) => ({ ordinal: c.ordinal, title: c.title })),
    items: document.items.map((item, i) => ({
      id: itemIds[i] ?? 0,
      no: item.no,
      category: item.category,
      categoryOrdinal: item.categoryOrdinal,
      task: item.task,
      leadUnit: item.leadUnit,
      leaders: [...item.leaders],
      responsibilities: item.responsibilities.map((r) => ({ unit: r.unit, person: r.person })),
      start: item.start,
      deadline: item.deadline,
      indicators: item.indicators.map(presentIndicator),
      report: item.report ? presentReportContent(item.report) : null,
      assessment: presentAssessment(item.assessment),
    })),
  };
}
