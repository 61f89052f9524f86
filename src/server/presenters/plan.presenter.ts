/** The API's shapes of plans, categories and periods. */
import { z } from 'zod';
import type { CategoryTable, PeriodTable } from '../db/schema.ts';

export const PlanDto = z.object({
  id: z.number().int(),
  title: z.string(),
  year: z.number().int(),
  jurisdiction: z.string(),
  declaredItemCount: z.number().int().nullable(),
  version: z.number().int().describe('Send back with every change; a stale one gets 409'),
});
export type PlanDto = z.infer<typeof PlanDto>;

export const CategoryDto = z.object({
  id: z.number().int(),
  ordinal: z.string().nullable(),
  title: z.string().nullable(),
});

export const PeriodDto = z.object({
  id: z.number().int(),
  planId: z.number().int(),
  label: z.string(),
  start: z.string(),
  end: z.string(),
  dueDate: z.string().nullable(),
  open: z.boolean(),
  publishedAt: z
    .string()
    .nullable()
    .describe('When the office published the period as a whole; null while unpublished'),
  version: z.number().int().describe('Send back with every change; a stale one gets 409'),
});
export type PeriodDto = z.infer<typeof PeriodDto>;

export const presentPlan = (row: {
  id: number;
  title: string;
  year: number;
  jurisdiction: string;
  declared_item_count: number | null;
  version: number;
}): PlanDto => ({
  id: row.id,
  title: row.title,
  year: row.year,
  jurisdiction: row.jurisdiction,
  declaredItemCount: row.declared_item_count,
  version: row.version,
});

export const presentCategory = (row: Omit<CategoryTable, 'id'> & { id: number }) => ({
  id: row.id,
  ordinal: row.ordinal,
  title: row.title,
});

export const presentPeriod = (
  row: Omit<PeriodTable, 'id' | 'version'> & { id: number; version: number },
): PeriodDto => ({
  id: row.id,
  planId: row.plan_id,
  label: row.label,
  start: row.start_date,
  end: row.end_date,
  dueDate: row.due_date,
  open: row.is_open === 1,
  publishedAt: row.published_at,
  version: row.version,
});
