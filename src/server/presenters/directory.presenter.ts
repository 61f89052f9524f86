/** The API's shapes of units, their people and leaders. */
import { z } from 'zod';

export const NamedDto = z.object({
  id: z.number().int(),
  name: z.string(),
  version: z.number().int().describe('Send back with a rename; a stale one gets 409'),
});
export type NamedDto = z.infer<typeof NamedDto>;

export const UnitDto = NamedDto.extend({ people: z.array(NamedDto) });
export type UnitDto = z.infer<typeof UnitDto>;

export const presentNamed = (row: { id: number; name: string; version: number }): NamedDto => ({
  id: row.id,
  name: row.name,
  version: row.version,
});
