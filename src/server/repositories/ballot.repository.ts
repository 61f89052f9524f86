/** What was chosen: ballots under random ids, with no voter and no time, read in id order. */
import type { Kysely } from 'kysely';
import type { Database } from '../db/schema.ts';

type Db = Kysely<Database>;

/** Stores a ballot's content under a random id: nothing of who or when. */
export async function insertBallot(
  db: Db,
  ballot: { id: string; sessionId: number; choices: number[] },
): Promise<void> {
  await db
    .insertInto('ballots')
    .values({
      id: ballot.id,
      session_id: ballot.sessionId,
      choices: JSON.stringify(ballot.choices),
    })
    .execute();
}
/** The session's ballots, by their random ids. */
export async function listBallots(
  db: Db,
  sessionId: number,
): Promise<{ id: string; choices: number[] }[]> {
  const rows = await db
    .selectFrom('ballots')
    .select(['id', 'choices'])
    .where('session_id', '=', sessionId)
    .orderBy('id')
    .execute();
  return rows.map((r) => ({ id: r.id, choices: JSON.parse(r.choices) as number[] }));
}
