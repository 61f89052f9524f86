/** Proposals, their collection windows and the candidates they are screened into. */
import type { Insertable, Kysely, Updateable } from 'kysely';
import type { CandidateTable, Database, ProposalTable } from '../db/schema.ts';
import { updateIfVersion } from './versioned.ts';

type Db = Kysely<Database>;

export const getWindow = (db: Db, year: number) =>
  db.selectFrom('proposal_windows').selectAll().where('year', '=', year).executeTakeFirst();

export const listWindows = (db: Db) =>
  db.selectFrom('proposal_windows').selectAll().orderBy('year', 'desc').execute();

/** The window open on `today`, the latest year first. */
export const openWindow = (db: Db, today: string) =>
  db
    .selectFrom('proposal_windows')
    .selectAll()
    .where('opens_on', '<=', today)
    .where('closes_on', '>=', today)
    .orderBy('year', 'desc')
    .executeTakeFirst();

export async function insertWindow(
  db: Db,
  row: { year: number; opens_on: string; closes_on: string; updated_at: string },
): Promise<void> {
  await db.insertInto('proposal_windows').values(row).execute();
}

export async function updateWindow(
  db: Db,
  year: number,
  version: number,
  fields: { opens_on: string; closes_on: string; updated_at: string },
): Promise<boolean> {
  const result = await db
    .updateTable('proposal_windows')
    .set({ ...fields, version: version + 1 })
    .where('year', '=', year)
    .where('version', '=', version)
    .executeTakeFirst();
  return Number(result.numUpdatedRows) === 1;
}

export async function insertProposal(db: Db, row: Insertable<ProposalTable>): Promise<number> {
  const { id } = await db
    .insertInto('proposals')
    .values(row)
    .returning('id')
    .executeTakeFirstOrThrow();
  return id;
}

export const getProposal = (db: Db, id: number) =>
  db.selectFrom('proposals').selectAll().where('id', '=', id).executeTakeFirst();

export const findProposalByTracking = (db: Db, number: string) =>
  db.selectFrom('proposals').selectAll().where('tracking_number', '=', number).executeTakeFirst();

export function listProposals(db: Db, filter: { year: number; unscreened?: boolean }) {
  let query = db.selectFrom('proposals').selectAll().where('year', '=', filter.year);
  if (filter.unscreened) query = query.where('candidate_id', 'is', null);
  return query.orderBy('id').execute();
}

export const listProposalsByIds = (db: Db, ids: number[]) =>
  ids.length === 0
    ? Promise.resolve([])
    : db.selectFrom('proposals').selectAll().where('id', 'in', ids).execute();

/** Links the proposals to the candidate (moving them from another one, if so). */
export async function linkProposals(db: Db, candidateId: number, ids: number[]): Promise<void> {
  if (ids.length === 0) return;
  await db
    .updateTable('proposals')
    .set((eb) => ({ candidate_id: candidateId, version: eb('version', '+', 1) }))
    .where('id', 'in', ids)
    .execute();
}

export async function insertCandidate(db: Db, row: Insertable<CandidateTable>): Promise<number> {
  const { id } = await db
    .insertInto('candidates')
    .values(row)
    .returning('id')
    .executeTakeFirstOrThrow();
  return id;
}

export const getCandidate = (db: Db, id: number) =>
  db.selectFrom('candidates').selectAll().where('id', '=', id).executeTakeFirst();

export function listCandidates(db: Db, filter: { year?: number; ids?: number[] }) {
  let query = db.selectFrom('candidates').selectAll();
  if (filter.year !== undefined) query = query.where('year', '=', filter.year);
  if (filter.ids) {
    if (filter.ids.length === 0) return Promise.resolve([]);
    query = query.where('id', 'in', filter.ids);
  }
  return query.orderBy('id').execute();
}

export const updateCandidate = (
  db: Db,
  row: { id: number; version: number },
  fields: Updateable<Database['candidates']>,
) => updateIfVersion(db, 'candidates', row, fields);

/** Proposal ids per candidate. */
export async function proposalIdsOf(
  db: Db,
  candidateIds: number[],
): Promise<Map<number, number[]>> {
  const out = new Map<number, number[]>();
  if (candidateIds.length === 0) return out;
  const rows = await db
    .selectFrom('proposals')
    .select(['id', 'candidate_id'])
    .where('candidate_id', 'in', candidateIds)
    .orderBy('id')
    .execute();
  for (const row of rows)
    if (row.candidate_id !== null)
      out.set(row.candidate_id, [...(out.get(row.candidate_id) ?? []), row.id]);
  return out;
}
