/** Supervision notices (督办单): the board, a unit's inbox, each step, and leaders' instructions. */
import { z } from 'zod';
import { IdParams, withErrors } from '../http/error-dto.ts';
import type { Routes } from '../http/zod-app.ts';
import { requireRole } from '../policies/admin.policy.ts';
import { InstructionDto, NoticeDto } from '../presenters/notice.presenter.ts';
import {
  InstructionInput,
  readInstructions,
  recordInstruction,
} from '../services/instruction.service.ts';
import {
  answerNotice,
  closeNotice,
  escalateNotice,
  readNotice,
  readNotices,
  signNotice,
} from '../services/notice.service.ts';
import { generateNotices } from '../services/notice-generation.service.ts';

const tags = ['notices'];
const IsoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'YYYY-MM-DD');
const Version = z.object({ version: z.number().int().describe('The version you read') });
const Note = Version.extend({ note: z.string().trim().max(2000).optional() });

export const noticeRoutes: Routes = (app, { store, clock }) => {
  const ctx = { db: store.db, clock };
  app.get('/api/plans/:id/notices', {
    schema: {
      tags,
      summary: "A plan's notices (office: all; a unit: addressed to it; a leader: copied to them)",
      params: IdParams,
      response: withErrors({ 200: z.array(NoticeDto) }),
    },
    handler: (request) => readNotices(ctx, request.actor, request.params.id),
  });
  app.post('/api/plans/:id/notices/generate', {
    schema: {
      tags,
      summary: 'Issue the notices due today from the assessment and the deadlines (office)',
      params: IdParams,
      response: withErrors({ 200: z.object({ issued: z.number().int() }) }),
    },
    handler: async (request) => {
      requireRole(request.actor, 'admin');
      return { issued: await generateNotices(ctx, request.actor, { planId: request.params.id }) };
    },
  });
  app.get('/api/notices/:id', {
    schema: { tags, params: IdParams, response: withErrors({ 200: NoticeDto }) },
    handler: (request) => readNotice(ctx, request.actor, request.params.id),
  });
  app.post('/api/notices/:id/sign', {
    schema: {
      tags,
      summary: 'Sign for a notice (签收; the lead unit)',
      params: IdParams,
      body: Version,
      response: withErrors({ 200: NoticeDto }),
    },
    handler: (request) => signNotice(ctx, request.actor, request.params.id, request.body.version),
  });
  app.post('/api/notices/:id/answer', {
    schema: {
      tags,
      summary: 'Answer a signed notice with measures and a completion date (the lead unit)',
      params: IdParams,
      body: Version.extend({
        measures: z.string().trim().min(1).max(5000),
        promisedDate: IsoDate,
      }),
      response: withErrors({ 200: NoticeDto }),
    },
    handler: (request) => answerNotice(ctx, request.actor, request.params.id, request.body),
  });
  app.post('/api/notices/:id/close', {
    schema: {
      tags,
      summary: 'Close an answered notice (办结; office)',
      params: IdParams,
      body: Note,
      response: withErrors({ 200: NoticeDto }),
    },
    handler: (request) => closeNotice(ctx, request.actor, request.params.id, request.body),
  });
  app.post('/api/notices/:id/escalate', {
    schema: {
      tags,
      summary: 'Escalate one tier: issues the next notice and ends this one (office)',
      params: IdParams,
      body: Note,
      response: withErrors({ 200: z.object({ closed: NoticeDto, issued: NoticeDto }) }),
    },
    handler: (request) => escalateNotice(ctx, request.actor, request.params.id, request.body),
  });
  app.get('/api/items/:id/instructions', {
    schema: { tags, params: IdParams, response: withErrors({ 200: z.array(InstructionDto) }) },
    handler: (request) => readInstructions(ctx, request.actor, request.params.id),
  });
  app.post('/api/items/:id/instructions', {
    schema: {
      tags,
      summary: "Record a leader's instruction (领导批示) on an item; it starts a notice",
      params: IdParams,
      body: InstructionInput,
      response: withErrors({ 201: NoticeDto }),
    },
    handler: async (request, reply) =>
      reply
        .status(201)
        .send(await recordInstruction(ctx, request.actor, request.params.id, request.body)),
  });
};
