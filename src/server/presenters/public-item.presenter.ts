/**
 * The public shape of an item: as last published, with its report in the plan's public period,
 * every published version with its date (a correction is a new edition, never an edit), and the
 * comments the office let through with their answers.
 */
import { z } from 'zod';
import type { ItemDocument } from '../../core/plan-document.ts';
import { PublicCommentDto } from './public-comment.presenter.ts';
import {
  PublicAssessmentDto,
  PublicIndicatorDto,
  PublicPeriodDto,
  PublicReportContentDto,
  presentAssessment,
  presentIndicator,
  presentReportContent,
} from './public-shared.presenter.ts';

export const PublicationDto = z.object({
  id: z.number().int().describe('The publication'),
  period: PublicPeriodDto.omit({ publishedAt: true }),
  publishedAt: z.string(),
  edition: z
    .number()
    .int()
    .describe('1 for the first publication of the period, 2 for a correction…'),
  report: PublicReportContentDto.nullable(),
  assessment: PublicAssessmentDto,
  indicators: z.array(PublicIndicatorDto),
});
export type PublicationDto = z.infer<typeof PublicationDto>;

export const PublicItemDto = z.object({
  id: z.number().int(),
  plan: z.object({ id: z.number().int(), title: z.string() }),
  no: z.string(),
  category: z.object({ ordinal: z.string().nullable(), title: z.string().nullable() }),
  task: z.string(),
  leadUnit: z.string().nullable(),
  leaders: z.array(z.string()),
  responsibilities: z
    .array(z.object({ unit: z.string(), person: z.string().nullable() }))
    .describe('Responsible units and their responsible people, as the official table prints them'),
  start: z.string(),
  deadline: z.string(),
  period: PublicPeriodDto.describe("The plan's public period"),
  current: PublicationDto.nullable().describe("This item's report in that period, if any"),
  history: z.array(PublicationDto).describe('Every published version, newest first'),
  comments: z.array(PublicCommentDto),
  rating: z.object({ count: z.number().int(), average: z.number().nullable() }),
});
export type PublicItemDto = z.infer<typeof PublicItemDto>;

export const PublicReportDto = PublicationDto.extend({ itemId: z.number().int() });
export type PublicReportDto = z.infer<typeof PublicReportDto>;

/** One publication, judged by core at its period's end. */
export function presentPublication(
  publication: {
    id: number;
    publishedAt: string;
    edition: number;
    period: { id: number; label: string; start: string; end: string };
  },
  judged: ItemDocument,
): PublicationDto {
  const { period } = publication;
  return {
    id: publication.id,
    period: { id: period.id, label: period.label, start: period.start, end: period.end },
    publishedAt: publication.publishedAt,
    edition: publication.edition,
    report: judged.report ? presentReportContent(judged.report) : null,
    assessment: presentAssessment(judged.assessment),
    indicators: judged.indicators.map(presentIndicator),
  };
}
