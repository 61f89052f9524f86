/** The office's review queue: submitted reports, the one waiting longest first. */
import type { Kysely } from 'kysely';
import type { Database } from '../db/schema.ts';
import type { Actor } from '../policies/actor.ts';
import { requireRole } from '../policies/admin.policy.ts';
import { presentReviewEntry, type ReviewEntryDto } from '../presenters/review-queue.presenter.ts';
import { listSubmittedReports } from '../repositories/review.repository.ts';

export async function readReviewQueue(
  db: Kysely<Database>,
  actor: Actor,
  filter: { planId?: number | undefined },
): Promise<ReviewEntryDto[]> {
  requireRole(actor, 'admin');
  return (await listSubmittedReports(db, filter)).map(presentReviewEntry);
}
