/** Satisfaction rating (测评) sessions and their results as the API shows them. */
import { z } from 'zod';

export const GRADES = ['satisfied', 'basically_satisfied', 'unsatisfied'] as const;
export const Grade = z.enum(GRADES);
export type Grade = z.infer<typeof Grade>;

const Counts = z.object({
  satisfied: z.number().int(),
  basically_satisfied: z.number().int(),
  unsatisfied: z.number().int(),
  total: z.number().int(),
});
export type Counts = z.infer<typeof Counts>;

export const ItemRatingDto = z.object({
  itemId: z.number().int(),
  no: z.string(),
  task: z.string(),
  deputies: Counts,
  /** 满意 + 基本满意 over all deputies' ratings, 0–1; null without ratings. */
  share: z.number().nullable(),
  passed: z.boolean(),
  public: Counts.describe("The public's ratings, kept apart and not part of the rule"),
  noticeId: z.number().int().nullable().describe('The follow-up notice of a failed item'),
});
export type ItemRatingDto = z.infer<typeof ItemRatingDto>;

export const RatingSessionDto = z.object({
  id: z.number().int(),
  planId: z.number().int(),
  title: z.string(),
  opensAt: z.string(),
  closesAt: z.string(),
  passPercent: z.number().int(),
  items: z.array(z.object({ id: z.number().int(), no: z.string(), task: z.string() })),
  rated: z.array(z.number().int()).nullable().describe('For a deputy: the items they rated'),
  publishedAt: z.string().nullable(),
  result: z.array(ItemRatingDto).nullable(),
  version: z.number().int(),
});
export type RatingSessionDto = z.infer<typeof RatingSessionDto>;

export const PublicRatingDto = z.object({
  id: z.number().int(),
  planId: z.number().int(),
  title: z.string(),
  passPercent: z.number().int(),
  publishedAt: z.string(),
  items: z.array(ItemRatingDto.omit({ noticeId: true })),
});
export type PublicRatingDto = z.infer<typeof PublicRatingDto>;

export function countGrades(rows: { grade: string; n: number }[]): Counts {
  const counts = { satisfied: 0, basically_satisfied: 0, unsatisfied: 0, total: 0 };
  for (const row of rows) {
    if ((GRADES as readonly string[]).includes(row.grade)) counts[row.grade as Grade] += row.n;
    counts.total += row.n;
  }
  return counts;
}
