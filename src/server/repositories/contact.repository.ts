/** Contact fields, stored sealed (crypto/personal-data.ts): users' own and a unit's mailbox. */
import type { Kysely } from 'kysely';
import type { Database } from '../db/schema.ts';

type Db = Kysely<Database>;

export const getUserContact = (db: Db, userId: number) =>
  db
    .selectFrom('users')
    .select(['email_sealed', 'phone_sealed'])
    .where('id', '=', userId)
    .executeTakeFirst();

export async function setUserContact(
  db: Db,
  userId: number,
  fields: { email_sealed?: string | null; phone_sealed?: string | null },
): Promise<void> {
  await db.updateTable('users').set(fields).where('id', '=', userId).execute();
}

export const getUnitContact = (db: Db, unitId: number) =>
  db
    .selectFrom('units')
    .select(['id', 'name', 'contact_email_sealed'])
    .where('id', '=', unitId)
    .executeTakeFirst();

export async function setUnitContact(db: Db, unitId: number, sealed: string | null): Promise<void> {
  await db
    .updateTable('units')
    .set({ contact_email_sealed: sealed })
    .where('id', '=', unitId)
    .execute();
}
