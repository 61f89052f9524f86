/** Evidence attachments on reports and contributions: upload, list, download, publicity. */
import type {} from '@fastify/multipart';
import type { FastifyRequest } from 'fastify';
import { z } from 'zod';
import { EVIDENCE_LIMIT } from '../../documents/evidence/inspect-evidence.ts';
import { AppError } from '../errors.ts';
import { IdParams, withErrors } from '../http/error-dto.ts';
import type { Routes } from '../http/zod-app.ts';
import { AttachmentDto, PublicAttachmentDto } from '../presenters/attachment.presenter.ts';
import {
  addAttachment,
  markAttachmentPublic,
  type Owner,
  readAttachmentBytes,
  readAttachments,
} from '../services/attachment.service.ts';

const tags = ['attachments'];
const MB = 1024 * 1024;

/** The uploaded file, read whole; the name kept as sent, so a path in it can be refused. */
async function readFile(request: FastifyRequest) {
  if (!request.isMultipart()) throw new AppError('file_missing');
  const file = await request.file({ preservePath: true });
  if (!file) throw new AppError('file_missing');
  try {
    return { bytes: await file.toBuffer(), fileName: file.filename };
  } catch (error) {
    if ((error as { statusCode?: number }).statusCode !== 413) throw error;
    throw new AppError('file_too_large', {
      message: `附件超过${EVIDENCE_LIMIT / MB} MB，未保存。`,
      messageEn: `The attachment is larger than ${EVIDENCE_LIMIT / MB} MB and was not stored.`,
    });
  }
}

/** RFC 6266 / 5987: the name in UTF-8, and an ASCII fallback for old clients. */
const disposition = (kind: 'inline' | 'attachment', name: string) =>
  `${kind}; filename="${name.replace(/[^\x20-\x7e]|["\\]/g, '_')}"; filename*=UTF-8''${encodeURIComponent(name)}`;

export const attachmentRoutes: Routes = (app, { store, clock, blobs }) => {
  const ctx = { db: store.db, clock, blobs };
  const owners: [string, (id: number) => Owner][] = [
    ['reports', (id) => ({ report: id })],
    ['contributions', (id) => ({ contribution: id })],
    // Photos of a deputies' site visit: its group writes, whoever reads the item's supervision reads.
    ['congress/visits', (id) => ({ visit: id })],
  ];
  for (const [path, owner] of owners) {
    app.post(`/api/${path}/:id/attachments`, {
      schema: {
        tags,
        summary: `Attach evidence (multipart field \`file\`): photos, PDF, .docx, .xlsx up to ${EVIDENCE_LIMIT / MB} MB`,
        consumes: ['multipart/form-data'],
        params: IdParams,
        response: withErrors({ 201: AttachmentDto, 413: z.unknown(), 422: z.unknown() }),
      },
      handler: async (request, reply) => {
        const file = await readFile(request);
        return reply
          .status(201)
          .send(await addAttachment(ctx, request.actor, owner(request.params.id), file));
      },
    });
    app.get(`/api/${path}/:id/attachments`, {
      schema: {
        tags,
        summary:
          'The attachments the caller may see (the public: those marked public, in their public form)',
        params: IdParams,
        response: withErrors({ 200: z.array(z.union([AttachmentDto, PublicAttachmentDto])) }),
      },
      handler: (request) => readAttachments(ctx, request.actor, owner(request.params.id)),
    });
  }
  for (const thumbnail of [false, true]) {
    app.get(`/api/attachments/:id${thumbnail ? '/thumbnail' : ''}`, {
      schema: {
        tags,
        summary: thumbnail ? "A photo's thumbnail (WebP)" : 'The attachment itself',
        params: IdParams,
      },
      handler: async (request, reply) => {
        const file = await readAttachmentBytes(ctx, request.actor, request.params.id, thumbnail);
        return reply
          .header('content-type', file.mediaType)
          .header(
            'content-disposition',
            disposition(file.inline ? 'inline' : 'attachment', file.fileName),
          )
          .header('x-content-type-options', 'nosniff')
          .header('content-security-policy', "default-src 'none'; sandbox")
          .header('cache-control', 'private, no-store')
          .send(file.bytes);
      },
    });
  }
  app.patch('/api/attachments/:id', {
    schema: {
      tags,
      summary: 'Mark an attachment public or not (office); send the version you read',
      params: IdParams,
      body: z.object({ public: z.boolean(), version: z.number().int() }),
      response: withErrors({ 200: AttachmentDto }),
    },
    handler: (request) => markAttachmentPublic(ctx, request.actor, request.params.id, request.body),
  });
};
