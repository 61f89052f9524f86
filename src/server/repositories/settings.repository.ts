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
    .onConflict((oc) => oc.column('key').doUpdateSet({ ...values, key: undefined }))
    .execute();
}
