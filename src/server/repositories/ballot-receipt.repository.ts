/** Who has voted in a session: the receipts, with no content and no time. */
import type { Kysely } from 'kysely';
import type { Database } from '../db/schema.ts';

type Db = Kysely<Database>;

/** Records that the deputy voted; throws the unique violation when they already had. */
export async function insertReceipt(db: Db, sessionId: number, userId: number): Promise<void> {
  await db
    .insertInto('ballot_receipts')
    .values({ session_id: sessionId, user_id: userId })
    .execute();
}
export async function hasReceipt(db: Db, sessionId: number, userId: number): Promise<boolean> {
  const row = await db
    .selectFrom('ballot_receipts')
    .select('user_id')
    .where('session_id', '=', sessionId)
    .where('user_id', '=', userId)
    .executeTakeFirst();
  return row !== undefined;
}
export async function countReceipts(db: Db, sessionId: number): Promise<number> {
  const row = await db
    .selectFrom('ballot_receipts')
    .select((eb) => eb.fn.countAll().as('n'))
    .where('session_id', '=', sessionId)
    .executeTakeFirst();
  return Number(row?.n ?? 0);
}
