/**
 * What a publication records: the item as it was stated and the report as it was published, in
 * core's own shapes, so the public view is rebuilt by core exactly as the office sees it. Only
 * these fields are stored; reading parses them again, so nothing else can slip out of an old row.
 */
import type { Kysely, Selectable } from 'kysely';
import { z } from 'zod';
import { Category, Item } from '../../core/model.ts';
import type { Database, ReportTable } from '../db/schema.ts';
import { toCoreItems } from './core-items.ts';

export const PublicationContent = z.object({
  /** The item's place in its plan and its category's, for ordering the public plan. */
  position: z.number().int(),
  category: Category.extend({ position: z.number().int() }),
  item: Item.omit({ category: true, line: true }),
});
export type PublicationContent = z.infer<typeof PublicationContent>;

/** The content to record for each report (by report id), read from the stored rows. */
export async function readPublicationContents(
  db: Kysely<Database>,
  reports: Selectable<ReportTable>[],
): Promise<Map<number, PublicationContent>> {
  if (reports.length === 0) return new Map();
  const itemIds = reports.map((r) => r.item_id);
  const items = await db.selectFrom('items').selectAll().where('id', 'in', itemIds).execute();
  const categories = await db
    .selectFrom('categories')
    .selectAll()
    .where(
      'id',
      'in',
      items.map((i) => i.category_id),
    )
    .execute();
  const reportOf = new Map(reports.map((r) => [r.item_id, r]));
  const core = await toCoreItems(
    db,
    items,
    (id) => reportOf.get(id),
    () => 0,
  );
  const contents = new Map<number, PublicationContent>();
  items.forEach((row, i) => {
    const report = reportOf.get(row.id);
    const item = core[i];
    const category = categories.find((c) => c.id === row.category_id);
    if (!report || !item || !category) return;
    const { category: _index, line: _line, ...stated } = item;
    contents.set(report.id, {
      position: row.position,
      category: { position: category.position, ordinal: category.ordinal, title: category.title },
      item: stated,
    });
  });
  return contents;
}
