/** The API's shapes of contributions and of an item's contribution status for a period. */
import type { Selectable } from 'kysely';
import { z } from 'zod';
import type { ContributionTable } from '../db/schema.ts';

export const ContributionDto = z.object({
  id: z.number().int(),
  itemId: z.number().int(),
  periodId: z.number().int(),
  unitId: z.number().int(),
  unit: z.string(),
  state: z.enum(['draft', 'submitted']),
  version: z.number().int().describe('Send back with every change; a stale one gets 409'),
  points: z.array(z.string()),
  actuals: z.array(z.object({ indicatorId: z.number().int(), actual: z.number().nullable() })),
  updatedAt: z.string(),
  submittedAt: z.string().nullable(),
});
export type ContributionDto = z.infer<typeof ContributionDto>;

const UnitRef = z.object({ unitId: z.number().int(), unit: z.string() });

export const ItemContributionsDto = z.object({
  itemId: z.number().int(),
  no: z.string(),
  task: z.string(),
  periodId: z.number().int(),
  leadUnitId: z.number().int().nullable(),
  reportId: z.number().int().nullable().describe("The item's report in this period, if any"),
  reportState: z.string().nullable(),
  contributions: z.array(ContributionDto).describe('Those the caller may read'),
  missing: z.array(UnitRef).describe('Co-units that have not submitted their contribution'),
});
export type ItemContributionsDto = z.infer<typeof ItemContributionsDto>;

export const presentContribution = (
  row: Selectable<ContributionTable> & { unit: string },
): ContributionDto => ({
  id: row.id,
  itemId: row.item_id,
  periodId: row.period_id,
  unitId: row.unit_id,
  unit: row.unit,
  state: row.state as ContributionDto['state'],
  version: row.version,
  points: JSON.parse(row.points) as string[],
  actuals: JSON.parse(row.actuals) as ContributionDto['actuals'],
  updatedAt: row.updated_at,
  submittedAt: row.submitted_at,
});
