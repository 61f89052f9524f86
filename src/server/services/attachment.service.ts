/**
 * Evidence on a report or a contribution. An upload is inspected from its bytes (documents/
 * evidence), photos are stripped of metadata and get a thumbnail, and only then are the bytes
 * written to the blob store and the record to the database, so a refused file leaves nothing
 * behind. Attachments are read by those who may read their report or contribution; the public
 * sees one only when the office marked it public and its report is published.
 */
import { createHash } from 'node:crypto';
import { DocumentError } from '../../documents/document-error.ts';
import { cleanPhoto } from '../../documents/evidence/clean-photo.ts';
import { EvidenceError } from '../../documents/evidence/evidence-error.ts';
import { checkFileName, inspectEvidence } from '../../documents/evidence/inspect-evidence.ts';
import type { BlobStore } from '../blobs/blob-store.ts';
import { newBlobKey } from '../blobs/disk-blob-store.ts';
import { AppError } from '../errors.ts';
import type { Actor } from '../policies/actor.ts';
import { requireRole } from '../policies/admin.policy.ts';
import {
  canReadReport,
  canWriteReport,
  isOwnItem,
  type ReportState,
} from '../policies/report.policy.ts';
import {
  type AttachmentDto,
  type PublicAttachmentDto,
  presentAttachment,
  presentPublicAttachment,
} from '../presenters/attachment.presenter.ts';
import { presentContribution } from '../presenters/contribution.presenter.ts';
import {
  getAttachment,
  insertAttachment,
  listAttachments,
} from '../repositories/attachment.repository.ts';
import { insertAuditEvent } from '../repositories/audit.repository.ts';
import { getContribution } from '../repositories/contribution.repository.ts';
import { getItemAccess } from '../repositories/item.repository.ts';
import { getPeriod } from '../repositories/period.repository.ts';
import { findReport, getReport } from '../repositories/report.repository.ts';
import { updateIfVersion } from '../repositories/versioned.ts';
import { getVisit } from '../repositories/visit.repository.ts';
import { inTransaction, type ServiceContext, stamp } from './context.ts';
import { readableBy } from './contribution-overview.service.ts';
import { requireGroupWriter, requireSupervisionReader } from './visit.service.ts';

type Ctx = ServiceContext & { blobs: BlobStore };
export type Owner = { report: number } | { contribution: number } | { visit: number };

const EDITABLE_REPORT = new Set(['draft', 'returned']);
const LOCKED_REPORT = new Set(['submitted', 'approved', 'published']);

const refusal = (actor: Actor) =>
  new AppError(actor.role === 'public' ? 'unauthenticated' : 'forbidden');

/** Whether the actor may read the owner's attachments, and whether only public ones. */
async function readAccess(ctx: Ctx, actor: Actor, owner: Owner): Promise<'all' | 'public'> {
  if ('visit' in owner) {
    const visit = await getVisit(ctx.db, owner.visit);
    if (!visit) throw new AppError('not_found');
    await requireSupervisionReader(ctx.db, actor, visit.item_id);
    return 'all';
  }
  if ('report' in owner) {
    const report = await getReport(ctx.db, owner.report);
    if (!report) throw new AppError('not_found');
    const access = await getItemAccess(ctx.db, report.item_id);
    if (!canReadReport(actor, access, report.state as ReportState)) throw refusal(actor);
    return isOwnItem(actor, access) ? 'all' : 'public';
  }
  const row = await getContribution(ctx.db, owner.contribution);
  if (!row) throw new AppError('not_found');
  if (!readableBy(actor, await getItemAccess(ctx.db, row.item_id))(presentContribution(row)))
    throw refusal(actor);
  return 'all';
}

/** Refuses an upload the actor may not make now; returns the owning unit. */
async function writeAccess(ctx: Ctx, actor: Actor, owner: Owner): Promise<number | null> {
  if ('visit' in owner) {
    const visit = await getVisit(ctx.db, owner.visit);
    if (!visit) throw new AppError('not_found');
    await requireGroupWriter(ctx.db, actor, visit.item_id);
    return null;
  }
  if ('report' in owner) {
    const report = await getReport(ctx.db, owner.report);
    if (!report) throw new AppError('not_found');
    if (!canWriteReport(actor, await getItemAccess(ctx.db, report.item_id))) throw refusal(actor);
    if (!EDITABLE_REPORT.has(report.state)) throw new AppError('invalid_transition');
    if (!(await getPeriod(ctx.db, report.period_id))?.is_open) throw new AppError('period_closed');
    return report.author_unit_id;
  }
  const row = await getContribution(ctx.db, owner.contribution);
  if (!row) throw new AppError('not_found');
  if (actor.role !== 'reporter' || actor.unitId !== row.unit_id) throw refusal(actor);
  if (!(await getPeriod(ctx.db, row.period_id))?.is_open) throw new AppError('period_closed');
  const report = await findReport(ctx.db, row.item_id, row.period_id);
  if (report && LOCKED_REPORT.has(report.state)) throw new AppError('invalid_transition');
  return row.unit_id;
}

/** The converters' refusals as API errors with their own words. */
function asAppError(error: unknown): unknown {
  if (error instanceof EvidenceError) {
    const code =
      error.code === 'name_invalid'
        ? 'attachment_name_invalid'
        : error.code === 'too_large'
          ? 'file_too_large'
          : 'attachment_refused';
    return new AppError(code, { message: error.message, messageEn: error.messageEn });
  }
  if (error instanceof DocumentError)
    return new AppError(error.code === 'file_too_large' ? 'file_too_large' : 'attachment_refused', {
      message: error.message,
      messageEn: error.messageEn,
    });
  return error;
}

/** POST /api/{reports,contributions}/:id/attachments */
export async function addAttachment(
  ctx: Ctx,
  actor: Actor,
  owner: Owner,
  file: { bytes: Buffer; fileName: string },
): Promise<AttachmentDto> {
  let prepared: Awaited<ReturnType<typeof prepare>>;
  try {
    await writeAccess(ctx, actor, owner);
    prepared = await prepare(file);
  } catch (error) {
    throw asAppError(error);
  }
  const keys = [newBlobKey(), ...(prepared.thumbnail ? [newBlobKey()] : [])];
  await ctx.blobs.put(keys[0] as string, prepared.bytes);
  if (prepared.thumbnail) await ctx.blobs.put(keys[1] as string, prepared.thumbnail);
  try {
    return await inTransaction(ctx, async (tx) => {
      const unitId = await writeAccess({ ...tx, blobs: ctx.blobs }, actor, owner);
      const id = await insertAttachment(tx.db, {
        report_id: 'report' in owner ? owner.report : null,
        contribution_id: 'contribution' in owner ? owner.contribution : null,
        visit_id: 'visit' in owner ? owner.visit : null,
        unit_id: actor.role === 'reporter' ? actor.unitId : unitId,
        file_name: prepared.fileName,
        kind: prepared.kind,
        media_type: prepared.mediaType,
        size: prepared.bytes.length,
        sha256: createHash('sha256').update(prepared.bytes).digest('hex'),
        blob_key: keys[0] as string,
        thumbnail_key: keys[1] ?? null,
        width: prepared.width,
        height: prepared.height,
        created_by: actor.name,
        created_at: stamp(tx),
      });
      const after = presentAttachment((await getAttachment(tx.db, id)) ?? missing());
      await insertAuditEvent(tx.db, {
        userId: actor.userId,
        actor: actor.name,
        action: 'attachment.add',
        entity: 'attachment',
        entityId: id,
        after,
      });
      return after;
    });
  } catch (error) {
    // The record never landed: take the bytes back out, so nothing is left unowned.
    await Promise.all(keys.map((key) => ctx.blobs.delete(key)));
    throw asAppError(error);
  }
}

const missing = (): never => {
  throw new AppError('not_found');
};

async function prepare(file: { bytes: Buffer; fileName: string }) {
  const fileName = checkFileName(file.fileName);
  const type = await inspectEvidence(file.bytes, fileName);
  if (type.kind !== 'photo')
    return { ...type, fileName, bytes: file.bytes, thumbnail: null, width: null, height: null };
  const photo = await cleanPhoto(file.bytes, type.mediaType);
  return { ...type, fileName, ...photo };
}

/**
 * GET /api/{reports,contributions}/:id/attachments: the full records for the people working on
 * it; for anyone else (a published report), the public ones in their public form.
 */
export async function readAttachments(
  ctx: Ctx,
  actor: Actor,
  owner: Owner,
): Promise<AttachmentDto[] | PublicAttachmentDto[]> {
  const scope = await readAccess(ctx, actor, owner);
  if (scope === 'public' && 'report' in owner)
    return (await readPublicAttachments(ctx, [owner.report])).get(owner.report) ?? [];
  const rows = await listAttachments(
    ctx.db,
    'report' in owner
      ? { reportIds: [owner.report] }
      : 'visit' in owner
        ? { visitIds: [owner.visit] }
        : { contributionIds: [owner.contribution] },
  );
  return rows.map(presentAttachment);
}

/**
 * The attachments the office marked public of published reports, by report id: what the public
 * site shows with each report.
 */
export async function readPublicAttachments(
  ctx: Pick<ServiceContext, 'db'>,
  reportIds: number[],
): Promise<Map<number, PublicAttachmentDto[]>> {
  const published = new Set(
    (reportIds.length === 0
      ? []
      : await ctx.db
          .selectFrom('reports')
          .select('id')
          .where('id', 'in', reportIds)
          .where('state', '=', 'published')
          .execute()
    ).map((r) => r.id),
  );
  const byReport = new Map<number, PublicAttachmentDto[]>();
  for (const row of await listAttachments(ctx.db, { reportIds: [...published] })) {
    if (row.is_public !== 1 || row.report_id === null) continue;
    byReport.set(row.report_id, [
      ...(byReport.get(row.report_id) ?? []),
      presentPublicAttachment(row),
    ]);
  }
  return byReport;
}

/** GET /api/attachments/:id[/thumbnail]: the bytes, when the actor may read them. */
export async function readAttachmentBytes(ctx: Ctx, actor: Actor, id: number, thumbnail: boolean) {
  const row = await getAttachment(ctx.db, id);
  if (!row) throw new AppError('not_found');
  const owner: Owner =
    row.report_id !== null
      ? { report: row.report_id }
      : row.visit_id !== null
        ? { visit: row.visit_id }
        : { contribution: row.contribution_id ?? -1 };
  const scope = await readAccess(ctx, actor, owner);
  if (scope === 'public' && row.is_public !== 1) throw refusal(actor);
  const key = thumbnail ? row.thumbnail_key : row.blob_key;
  const bytes = key ? await ctx.blobs.get(key) : null;
  if (!bytes) throw new AppError('not_found');
  return {
    bytes,
    mediaType: thumbnail ? 'image/webp' : row.media_type,
    fileName: row.file_name,
    inline: thumbnail || row.kind === 'photo',
  };
}

/** PATCH /api/attachments/:id: the office marks an attachment public or not. */
export function markAttachmentPublic(
  ctx: Ctx,
  actor: Actor,
  id: number,
  input: { public: boolean; version: number },
): Promise<AttachmentDto> {
  requireRole(actor, 'admin');
  return inTransaction(ctx, async (tx) => {
    const row = await getAttachment(tx.db, id);
    if (!row) throw new AppError('not_found');
    const before = presentAttachment(row);
    if (
      !(await updateIfVersion(
        tx.db,
        'attachments',
        { id, version: input.version },
        {
          is_public: input.public ? 1 : 0,
        },
      ))
    )
      throw new AppError('version_conflict', { details: { current: before } });
    const after = presentAttachment((await getAttachment(tx.db, id)) ?? missing());
    await insertAuditEvent(tx.db, {
      userId: actor.userId,
      actor: actor.name,
      action: 'attachment.publicity',
      entity: 'attachment',
      entityId: id,
      before,
      after,
    });
    return after;
  });
}
