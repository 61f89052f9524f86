/**
 * Minsheng's own JSON (the plan document) read back into a plan reading, so an export in JSON
 * imports unchanged. Validated with zod: a document from elsewhere is checked, not trusted.
 * Assessments are not read: they are recomputed from the figures.
 */
import { z } from 'zod';
import { TableError } from './errors.ts';
import {
  Category,
  Indicator,
  type Item,
  Period,
  type PlanReading,
  Report,
  Responsibility,
  Warning,
} from './model.ts';
import { PLAN_DOCUMENT_SCHEMA } from './plan-document.ts';

const ItemDocumentInput = z.object({
  no: z.string(),
  category: z.string().nullable(),
  categoryOrdinal: z.string().nullable(),
  task: z.string(),
  leadUnit: z.string().nullable(),
  leaders: z.array(z.string()),
  responsibilities: z.array(Responsibility),
  start: z.iso.date(),
  deadline: z.iso.date(),
  indicators: z.array(Indicator),
  report: Report.nullable(),
});

const PlanDocumentInput = z.object({
  schema: z.literal(PLAN_DOCUMENT_SCHEMA),
  plan: z.object({
    title: z.string(),
    year: z.number().int(),
    declaredItemCount: z.number().int().nullable(),
    period: Period.nullable(),
  }),
  categories: z.array(Category),
  items: z.array(ItemDocumentInput),
  warnings: z.array(Warning).default([]),
});

export function readPlanDocument(json: unknown): PlanReading {
  const parsed = PlanDocumentInput.safeParse(json);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const where = issue?.path.join('.') ?? '';
    throw new TableError({
      code: 'invalid_plan_document',
      message: `不是有效的计划数据（${where}：${issue?.message ?? ''}）`,
      messageEn: `Not a valid plan document (${where}: ${issue?.message ?? ''})`,
    });
  }
  const doc = parsed.data;
  const categories = doc.categories;
  const indexOf = (title: string | null, ordinal: string | null) => {
    const found = categories.findIndex((c) => c.title === title && c.ordinal === ordinal);
    return found >= 0 ? found : categories.push({ ordinal, title }) - 1;
  };
  const items: Item[] = doc.items.map((item) => ({
    ...item,
    category: indexOf(item.category, item.categoryOrdinal),
    line: null,
  }));
  return { plan: doc.plan, categories, items, warnings: doc.warnings };
}
