/** Units with their people, and leaders: the names printed in every published table. */
import type { Kysely } from 'kysely';
import type { Database } from '../db/schema.ts';
import { listLeaders, listPeople, listUnits } from '../repositories/directory.repository.ts';
import { groupBy } from './item.service.ts';

export async function readUnits(db: Kysely<Database>) {
  const [units, people] = await Promise.all([listUnits(db), listPeople(db)]);
  const peopleOf = groupBy(people, (p) => p.unit_id);
  return units.map((u) => ({
    id: u.id,
    name: u.name,
    people: (peopleOf.get(u.id) ?? []).map((p) => ({ id: p.id, name: p.name })),
  }));
}

export const readLeaders = async (db: Kysely<Database>) =>
  (await listLeaders(db)).map((l) => ({ id: l.id, name: l.name }));
