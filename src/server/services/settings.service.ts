/**
 * Reading and changing settings. Reads fall back to the registry's defaults, so a fresh database
 * behaves as documented; a stored value that no longer fits its schema (after an upgrade) is
 * ignored in favour of the default rather than breaking every request.
 */
import type { Kysely } from 'kysely';
import type { Database } from '../db/schema.ts';
import { AppError } from '../errors.ts';
import type { Actor } from '../policies/actor.ts';
import { insertAuditEvent } from '../repositories/audit.repository.ts';
import {
  listSettingRows,
  saveSettingAt,
  upsertSetting,
} from '../repositories/settings.repository.ts';
import {
  isSettingKey,
  maskSetting,
  SETTINGS,
  type SettingKey,
  type Settings,
} from '../settings/registry.ts';

type Db = Kysely<Database>;

/** Every setting with its current value. */
export async function readSettings(db: Db): Promise<Settings> {
  const values: Record<string, unknown> = {};
  for (const [key, definition] of Object.entries(SETTINGS)) values[key] = definition.default;
  for (const row of await listSettingRows(db)) {
    if (!isSettingKey(row.key)) continue;
    const parsed = SETTINGS[row.key].schema.safeParse(JSON.parse(row.value));
    if (parsed.success) values[row.key] = parsed.data;
  }
  return values as Settings;
}

/** One setting's current value. */
export const readSetting = async <K extends SettingKey>(db: Db, key: K): Promise<Settings[K]> =>
  (await readSettings(db))[key];

/** The edit version of every setting (0 for one never stored). */
export async function readSettingVersions(db: Db): Promise<Record<string, number>> {
  const versions: Record<string, number> = Object.fromEntries(
    Object.keys(SETTINGS).map((key) => [key, 0]),
  );
  for (const row of await listSettingRows(db))
    if (isSettingKey(row.key)) versions[row.key] = row.version;
  return versions;
}

/**
 * Changes the given settings in one transaction; an unknown key or a bad value changes nothing.
 * With `versions` (the screen's save), each key must still be at the version read, else nothing
 * changes and the answer is 409.
 */
export async function updateSettings(
  db: Db,
  actor: Actor,
  patch: Record<string, unknown>,
  versions?: Record<string, number>,
): Promise<Settings> {
  const checked: [SettingKey, unknown][] = [];
  for (const [key, value] of Object.entries(patch)) {
    if (!isSettingKey(key))
      throw new AppError('validation_failed', {
        message: `未知的设置项：${key}`,
        messageEn: `Unknown setting: ${key}`,
      });
    const parsed = SETTINGS[key].schema.safeParse(value);
    if (!parsed.success)
      throw new AppError('validation_failed', {
        message: `设置项取值不正确：${SETTINGS[key].label}`,
        messageEn: `Invalid value for: ${SETTINGS[key].labelEn}`,
        details: parsed.error.issues.map((i) => ({ path: key, message: i.message })),
      });
    checked.push([key, parsed.data]);
  }
  return db.transaction().execute(async (trx) => {
    const before = await readSettings(trx);
    for (const [key, value] of checked) {
      if (!versions) {
        await upsertSetting(trx, { key, value, updatedBy: actor.name });
        continue;
      }
      const version = versions[key];
      if (version === undefined)
        throw new AppError('validation_failed', {
          message: `缺少设置项的版本：${SETTINGS[key].label}`,
          messageEn: `Missing the version of: ${SETTINGS[key].labelEn}`,
        });
      if (!(await saveSettingAt(trx, { key, value, updatedBy: actor.name, version })))
        throw new AppError('version_conflict', { details: { key } });
    }
    const after = await readSettings(trx);
    await insertAuditEvent(trx, {
      userId: actor.userId,
      actor: actor.name,
      action: 'settings.update',
      entity: 'settings',
      entityId: null,
      before: Object.fromEntries(checked.map(([key]) => [key, maskSetting(key, before[key])])),
      after: Object.fromEntries(checked.map(([key]) => [key, maskSetting(key, after[key])])),
    });
    return after;
  });
}
