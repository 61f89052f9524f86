/** Deputies' supervision as the API shows it: the group, site visits, suggestions and answers. */
import type { Selectable } from 'kysely';
import { z } from 'zod';
import type { SiteVisitTable, SuggestionTable } from '../db/schema.ts';

export const SiteVisitDto = z.object({
  id: z.number().int(),
  itemId: z.number().int(),
  visitedOn: z.string(),
  participants: z.array(z.string()),
  findings: z.string(),
  recordedBy: z.string(),
  recordedAt: z.string(),
});
export type SiteVisitDto = z.infer<typeof SiteVisitDto>;

export const SuggestionDto = z.object({
  id: z.number().int(),
  itemId: z.number().int(),
  visitId: z.number().int().nullable(),
  text: z.string(),
  madeBy: z.string(),
  madeAt: z.string(),
  answer: z
    .object({ text: z.string(), by: z.string(), at: z.string() })
    .nullable()
    .describe("The lead unit's answer, once given"),
  version: z.number().int(),
});
export type SuggestionDto = z.infer<typeof SuggestionDto>;

export const SupervisionDto = z.object({
  itemId: z.number().int(),
  group: z.array(z.object({ userId: z.number().int(), name: z.string(), head: z.boolean() })),
  visits: z.array(SiteVisitDto),
  suggestions: z.array(SuggestionDto),
});
export type SupervisionDto = z.infer<typeof SupervisionDto>;

export const presentVisit = (row: Selectable<SiteVisitTable>): SiteVisitDto => ({
  id: row.id,
  itemId: row.item_id,
  visitedOn: row.visited_on,
  participants: JSON.parse(row.participants) as string[],
  findings: row.findings,
  recordedBy: row.recorded_by,
  recordedAt: row.created_at,
});

export const presentSuggestion = (row: Selectable<SuggestionTable>): SuggestionDto => ({
  id: row.id,
  itemId: row.item_id,
  visitId: row.visit_id,
  text: row.text,
  madeBy: row.made_by,
  madeAt: row.made_at,
  answer:
    row.answer !== null && row.answered_at !== null
      ? { text: row.answer, by: row.answered_by ?? '', at: row.answered_at }
      : null,
  version: row.version,
});
