/**
 * Keys the site makes for itself, stored in the database so every server behind a load balancer
 * and every restart uses the same one: created at first use, never shown.
 */
import { randomBytes } from 'node:crypto';
import type { Kysely } from 'kysely';
import type { Database } from '../db/schema.ts';

const known = new WeakMap<Kysely<Database>, Map<string, Buffer>>();

/** The 32-byte key named `name`, created when none exists yet. */
export async function siteKey(db: Kysely<Database>, name: string): Promise<Buffer> {
  const cached = known.get(db)?.get(name);
  if (cached) return cached;
  await db
    .insertInto('site_keys')
    .values({ name, value: randomBytes(32).toString('base64') })
    .onConflict((oc) => oc.column('name').doNothing())
    .execute();
  const row = await db
    .selectFrom('site_keys')
    .select('value')
    .where('name', '=', name)
    .executeTakeFirstOrThrow();
  const key = Buffer.from(row.value, 'base64');
  known.set(db, (known.get(db) ?? new Map()).set(name, key));
  return key;
}
