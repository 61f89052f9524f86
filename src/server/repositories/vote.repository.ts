/**
 * Vote sessions and their candidates. The secret ballot has two repositories of its own,
 * ballot-receipt.repository.ts (who voted) and ballot.repository.ts (what was chosen): no file
 * touches both tables, so no query can join them.
 */
import type { Insertable, Kysely, Updateable } from 'kysely';
import type { Database, VoteSessionTable } from '../db/schema.ts';
import { updateIfVersion } from './versioned.ts';

type Db = Kysely<Database>;

export async function insertVoteSession(
  db: Db,
  row: Insertable<VoteSessionTable>,
  candidateIds: number[],
): Promise<number> {
  const { id } = await db
    .insertInto('vote_sessions')
    .values(row)
    .returning('id')
    .executeTakeFirstOrThrow();
  await db
    .insertInto('vote_candidates')
    .values(
      candidateIds.map((candidate_id, position) => ({ session_id: id, candidate_id, position })),
    )
    .execute();
  return id;
}

export const getVoteSession = (db: Db, id: number) =>
  db.selectFrom('vote_sessions').selectAll().where('id', '=', id).executeTakeFirst();

export const listVoteSessions = (db: Db) =>
  db.selectFrom('vote_sessions').selectAll().orderBy('id', 'desc').execute();

export const updateVoteSession = (
  db: Db,
  row: { id: number; version: number },
  fields: Updateable<Database['vote_sessions']>,
) => updateIfVersion(db, 'vote_sessions', row, fields);

/** The session's candidate ids in ballot (registration) order. */
export async function ballotCandidates(db: Db, sessionId: number): Promise<number[]> {
  const rows = await db
    .selectFrom('vote_candidates')
    .select('candidate_id')
    .where('session_id', '=', sessionId)
    .orderBy('position')
    .execute();
  return rows.map((r) => r.candidate_id);
}

export async function sessionsOfCandidate(db: Db, candidateId: number): Promise<number[]> {
  const rows = await db
    .selectFrom('vote_candidates')
    .select('session_id')
    .where('candidate_id', '=', candidateId)
    .execute();
  return rows.map((r) => r.session_id);
}

/**
 * The published outcome of a candidate's vote, if any: its votes and whether it was elected (for
 * the proposer's tracking page).
 */
export async function electionOf(
  db: Db,
  candidateId: number,
): Promise<{ sessionId: number; votes: number; elected: boolean } | null> {
  const rows = await db
    .selectFrom('vote_candidates')
    .innerJoin('vote_sessions', 'vote_sessions.id', 'vote_candidates.session_id')
    .select(['vote_sessions.id', 'vote_sessions.result'])
    .where('vote_candidates.candidate_id', '=', candidateId)
    .where('vote_sessions.published_at', 'is not', null)
    .orderBy('vote_sessions.id', 'desc')
    .execute();
  for (const row of rows) {
    if (!row.result) continue;
    const result = JSON.parse(row.result) as {
      candidates: { candidateId: number; votes: number; elected: boolean }[];
    };
    const mine = result.candidates.find((c) => c.candidateId === candidateId);
    if (mine) return { sessionId: row.id, votes: mine.votes, elected: mine.elected };
  }
  return null;
}
