/** Stored settings: only the keys someone changed; the rest take their defaults. */
import type { Kysely } from 'kysely';
import { now } from '../db/clock.ts';
import type { Database } from '../db/schema.ts';

type Db = Kysely<Database>;

export const listSettingRows = (db: Db) => db.selectFrom('settings').selectAll().execute();

export async function upsertSetting(
  db: Db,
  row: { key: string; value: unknown; updatedBy: string },
): Promise<void> {
  const values = {
    key: row.key,
    value: JSON.stringify(row.value),
    updated_at: now(),
    updated_by: row.updatedBy,
  };
  await db
    .insertInto('settings')
    .values(values)
    .onConflict((oc) =>
      oc.column('key').doUpdateSet((eb) => ({
        ...values,
        key: undefined,
        version: eb(eb.ref('settings.version'), '+', 1),
      })),
    )
    .execute();
}

/**
 * Compare-and-set of one setting: written only if it is still at `version` (0: never stored).
 * Returns false when someone else saved it first.
 */
export async function saveSettingAt(
  db: Db,
  row: { key: string; value: unknown; updatedBy: string; version: number },
): Promise<boolean> {
  const values = {
    value: JSON.stringify(row.value),
    updated_at: now(),
    updated_by: row.updatedBy,
  };
  if (row.version === 0) {
    const inserted = await db
      .insertInto('settings')
      .values({ key: row.key, ...values })
      .onConflict((oc) => oc.column('key').doNothing())
      .executeTakeFirst();
    return Number(inserted.numInsertedOrUpdatedRows ?? 0) === 1;
  }
  const updated = await db
    .updateTable('settings')
    .set((eb) => ({ ...values, version: eb('version', '+', 1) }))
    .where('key', '=', row.key)
    .where('version', '=', row.version)
    .executeTakeFirst();
  return Number(updated.numUpdatedRows) === 1;
}
