/**
 * The rule of what the public sees of a plan: the periods published as a whole, and nothing of a
 * period until it is. A period is published as a whole when at least one of its reports is
 * published and either every item of the plan has a published report for it, or the office has
 * closed the period (no more reports will come) and every report it holds has been published,
 * or the office published the period itself ("发布本期": its reports still under review join it
 * as they are published). The moment that first holds is recorded, so the public view never goes back: a report returned
 * for correction, an item added later or a period reopened leaves what was published in place.
 *
 * Every public read asks `publicPeriods`; recording asks `isPublishedWhole`.
 */
import type { Kysely } from 'kysely';
import type { Database } from '../db/schema.ts';
import { listWholePeriods } from '../repositories/publication.repository.ts';

/** How far a period's publication has come (see publication.repository's periodCoverage). */
export interface PeriodCoverage {
  open: boolean;
  planItems: number;
  reportedItems: number;
  publishedItems: number;
}

/** True when the period may be shown to the public as a whole. */
export function isPublishedWhole(c: PeriodCoverage): boolean {
  if (c.publishedItems === 0) return false;
  if (c.publishedItems >= c.planItems) return true;
  return !c.open && c.publishedItems >= c.reportedItems;
}

export interface PublicPeriod {
  id: number;
  label: string;
  start: string;
  end: string;
  /** When the period was published as a whole. */
  publishedAt: string;
  /** The title of the table this period was imported from (the summary table's title). */
  sourceTitle: string | null;
}

/** The plan's public periods, latest first; the first is what the public view shows. */
export async function publicPeriods(db: Kysely<Database>, planId: number): Promise<PublicPeriod[]> {
  return (await listWholePeriods(db, planId)).map((p) => ({
    id: p.id,
    label: p.label,
    start: p.start_date,
    end: p.end_date,
    publishedAt: p.published_at,
    sourceTitle: p.source_title,
  }));
}
