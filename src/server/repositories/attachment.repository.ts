/** Attachments' records; their bytes are in the blob store. */
import type { Insertable, Kysely } from 'kysely';
import type { AttachmentTable, Database } from '../db/schema.ts';

type Db = Kysely<Database>;

export async function insertAttachment(
  db: Db,
  row: Omit<Insertable<AttachmentTable>, 'id' | 'version' | 'is_public'>,
): Promise<number> {
  const inserted = await db
    .insertInto('attachments')
    .values({ ...row, version: 1, is_public: 0 })
    .returning('id')
    .executeTakeFirstOrThrow();
  return inserted.id;
}

export const getAttachment = (db: Db, id: number) =>
  db.selectFrom('attachments').selectAll().where('id', '=', id).executeTakeFirst();

/** Attachments of reports, of contributions or of site visits, in upload order. */
export function listAttachments(
  db: Db,
  owner: { reportIds: number[] } | { contributionIds: number[] } | { visitIds: number[] },
) {
  const [column, ids] =
    'reportIds' in owner
      ? (['report_id', owner.reportIds] as const)
      : 'visitIds' in owner
        ? (['visit_id', owner.visitIds] as const)
        : (['contribution_id', owner.contributionIds] as const);
  if (ids.length === 0) return Promise.resolve([]);
  return db.selectFrom('attachments').selectAll().where(column, 'in', ids).orderBy('id').execute();
}
