/**
 * The people an item names must exist already, each person in the unit given for it: an
 * unknown name is refused with what was not found, never created as a side effect.
 */
import type { Kysely } from 'kysely';
import type { Database } from '../db/schema.ts';
import { AppError } from '../errors.ts';

const missing = (wanted: number[], found: { id: number }[]) =>
  [...new Set(wanted)].filter((id) => !found.some((f) => f.id === id));

export async function assertPeopleExist(
  db: Kysely<Database>,
  input: {
    leadUnitId: number | null;
    leaderIds: number[];
    responsibilities: { unitId: number; personId: number | null }[];
  },
): Promise<void> {
  const unitIds = [...input.responsibilities.map((r) => r.unitId)];
  if (input.leadUnitId !== null) unitIds.push(input.leadUnitId);
  const personIds = input.responsibilities.flatMap((r) =>
    r.personId === null ? [] : [r.personId],
  );
  const none = Promise.resolve([]);
  const [units, leaders, people] = await Promise.all([
    unitIds.length
      ? db.selectFrom('units').select('id').where('id', 'in', unitIds).execute()
      : none,
    input.leaderIds.length
      ? db.selectFrom('leaders').select('id').where('id', 'in', input.leaderIds).execute()
      : none,
    personIds.length
      ? db.selectFrom('people').select(['id', 'unit_id']).where('id', 'in', personIds).execute()
      : Promise.resolve([] as { id: number; unit_id: number }[]),
  ]);
  const unknown = [
    ...missing(unitIds, units).map((id) => `单位#${id}`),
    ...missing(input.leaderIds, leaders).map((id) => `领导#${id}`),
    ...missing(personIds, people).map((id) => `责任人#${id}`),
  ];
  if (unknown.length > 0)
    throw new AppError('validation_failed', {
      message: `找不到：${unknown.join('、')}。请先在“单位与人员”中添加`,
      messageEn: `Not found: ${unknown.join(', ')}. Add them under units and people first`,
      details: { unknown },
    });
  const elsewhere = input.responsibilities.filter(
    (r) => r.personId !== null && people.find((p) => p.id === r.personId)?.unit_id !== r.unitId,
  );
  if (elsewhere.length > 0)
    throw new AppError('validation_failed', {
      message: '责任人须属于其责任单位',
      messageEn: 'Each responsible person must belong to the unit beside them',
    });
}
