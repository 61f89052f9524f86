/**
 * The API's shapes of attachments: the full record for the people working on a report, and the
 * public form (only attachments the office marked public, of published reports) for the public
 * site, which reads the `public` flag.
 */
import type { Selectable } from 'kysely';
import { z } from 'zod';
import type { AttachmentTable } from '../db/schema.ts';

export const AttachmentDto = z.object({
  id: z.number().int(),
  reportId: z.number().int().nullable(),
  contributionId: z.number().int().nullable(),
  visitId: z.number().int().nullable().describe("A deputies' site visit's photo"),
  unitId: z.number().int().nullable(),
  fileName: z.string(),
  kind: z.enum(['photo', 'pdf', 'word', 'excel']),
  mediaType: z.string(),
  size: z.number().int().describe('Bytes as stored (photos after metadata removal)'),
  sha256: z.string(),
  width: z.number().int().nullable(),
  height: z.number().int().nullable(),
  public: z.boolean().describe('Shown to citizens with the published report (the office decides)'),
  version: z.number().int(),
  createdBy: z.string(),
  createdAt: z.string(),
  url: z.string(),
  thumbnailUrl: z.string().nullable(),
});
export type AttachmentDto = z.infer<typeof AttachmentDto>;

export const PublicAttachmentDto = AttachmentDto.pick({
  id: true,
  fileName: true,
  kind: true,
  mediaType: true,
  size: true,
  width: true,
  height: true,
  url: true,
  thumbnailUrl: true,
});
export type PublicAttachmentDto = z.infer<typeof PublicAttachmentDto>;

type Row = Selectable<AttachmentTable>;

export const presentAttachment = (row: Row): AttachmentDto => ({
  id: row.id,
  reportId: row.report_id,
  contributionId: row.contribution_id,
  visitId: row.visit_id,
  unitId: row.unit_id,
  fileName: row.file_name,
  kind: row.kind as AttachmentDto['kind'],
  mediaType: row.media_type,
  size: row.size,
  sha256: row.sha256,
  width: row.width,
  height: row.height,
  public: row.is_public === 1,
  version: row.version,
  createdBy: row.created_by,
  createdAt: row.created_at,
  url: `/api/attachments/${row.id}`,
  thumbnailUrl: row.thumbnail_key ? `/api/attachments/${row.id}/thumbnail` : null,
});

export const presentPublicAttachment = (row: Row): PublicAttachmentDto => {
  const { id, fileName, kind, mediaType, size, width, height, url, thumbnailUrl } =
    presentAttachment(row);
  return { id, fileName, kind, mediaType, size, width, height, url, thumbnailUrl };
};
