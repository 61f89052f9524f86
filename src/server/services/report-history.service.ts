/**
 * A report's versions, for the item page's history and its diff between versions. Each version
 * is shown only to those who may read a report in that state: a leader never sees a unit's
 * drafts, and the public uses the public pages.
 */
import type { Kysely } from 'kysely';
import type { Database } from '../db/schema.ts';
import { AppError } from '../errors.ts';
import type { Actor } from '../policies/actor.ts';
import { canReadReport, type ReportState } from '../policies/report.policy.ts';
import {
  presentReportVersion,
  type ReportVersionDto,
} from '../presenters/report-version.presenter.ts';
import { listReportVersions } from '../repositories/report.repository.ts';
import { loadReport } from './report-access.ts';

/** GET /api/reports/:id/versions: oldest first. */
export async function readReportVersions(
  db: Kysely<Database>,
  actor: Actor,
  id: number,
): Promise<ReportVersionDto[]> {
  if (actor.role === 'public') throw new AppError('unauthenticated');
  const { access } = await loadReport(db, id);
  const versions = (await listReportVersions(db, id)).filter((v) =>
    canReadReport(actor, access, v.state as ReportState),
  );
  if (versions.length === 0) throw new AppError('forbidden');
  return versions.map(presentReportVersion);
}
