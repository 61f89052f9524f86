/** Units with their people, and leaders: the names printed in every published table. */
import type { Kysely } from 'kysely';
import type { Database } from '../db/schema.ts';
import { type NamedDto, presentNamed, type UnitDto } from '../presenters/directory.presenter.ts';
import { listLeaders, listPeople, listUnits } from '../repositories/directory.repository.ts';
import { groupBy } from './item.service.ts';

export async function readUnits(db: Kysely<Database>): Promise<UnitDto[]> {
  const [units, people] = await Promise.all([listUnits(db), listPeople(db)]);
  const peopleOf = groupBy(people, (p) => p.unit_id);
  return units.map((u) => ({
    ...presentNamed(u),
    people: (peopleOf.get(u.id) ?? []).map(presentNamed),
  }));
}

export const readLeaders = async (db: Kysely<Database>): Promise<NamedDto[]> =>
  (await listLeaders(db)).map(presentNamed);
