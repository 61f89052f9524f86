/**
 * The summary table and the period's circular as files, from the stored plan: the same
 * converters the CLI uses, fed by the same plan document as export.json. The table is rendered
 * in a worker thread and kept while its plan document is unchanged (document-cache.ts).
 */
import type { Kysely } from 'kysely';
import { draftCircular } from '../../core/circular/draft-circular.ts';
import type { PlanDocument } from '../../core/plan-document.ts';
import { exportCircularDocx } from '../../documents/export/circular-docx.ts';
import { findChromium } from '../../documents/export/pdf.ts';
import type { ExportFormat } from '../../documents/export/render-plan.ts';
import type { ExportOptions } from '../../documents/export/summary-table.ts';
import type { Database } from '../db/schema.ts';
import { AppError } from '../errors.ts';
import type { Actor } from '../policies/actor.ts';
import { listPeriods } from '../repositories/period.repository.ts';
import { renderInWorker } from '../workers/pool.ts';
import { cachedDocument, documentKey } from './document-cache.ts';
import { exportPlanDocument } from './export.service.ts';

export interface RenderedFile {
  bytes: Buffer;
  /** Without extension: the plan's title, as offices name such files. */
  name: string;
}

/** Refused before any work: without Chromium no PDF can be printed. */
function refuseUnprintable(format: ExportFormat): void {
  if (format === 'pdf' && !findChromium()) throw new AppError('pdf_unavailable');
}

export async function renderPlanFile(
  db: Kysely<Database>,
  actor: Actor,
  planId: number,
  options: {
    format: ExportFormat;
    periodId?: number;
    assessment: boolean;
    attachment: string | null;
  },
): Promise<RenderedFile> {
  refuseUnprintable(options.format);
  const doc = await exportPlanDocument(db, actor, planId, options.periodId);
  const render = { assessment: options.assessment, attachmentLabel: options.attachment };
  const key = documentKey(doc, options.format, render);
  const bytes = await cachedDocument(key, () => renderInWorker(doc, options.format, render));
  return { bytes, name: doc.plan.title };
}

/**
 * A public period's summary table: made off the request thread (the public cache keeps it per
 * published revision), and refused plainly where no PDF can be printed.
 */
export async function renderPublicTable(
  doc: PlanDocument,
  format: ExportFormat,
  options: ExportOptions,
): Promise<Buffer> {
  refuseUnprintable(format);
  return renderInWorker(doc, format, options);
}

/** The circular of a period; the period before it (by end date) gives "what changed". */
export async function renderCircular(
  db: Kysely<Database>,
  actor: Actor,
  planId: number,
  periodId?: number,
): Promise<RenderedFile> {
  const current = await exportPlanDocument(db, actor, planId, periodId);
  const periods = await listPeriods(db, planId);
  const end = current.plan.period?.end;
  const before = periods.find((p) => end !== undefined && p.end_date < end);
  const previous = before ? await exportPlanDocument(db, actor, planId, before.id) : null;
  const circular = draftCircular(current, previous);
  return { bytes: await exportCircularDocx(circular), name: circular.title };
}
