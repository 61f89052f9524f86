/** Citizens' comments for the office (moderate, assign, answer) and the assigned unit (draft). */
import { z } from 'zod';
import { IdParams, withErrors } from '../http/error-dto.ts';
import type { Routes } from '../http/zod-app.ts';
import { CommentContactDto, CommentDto } from '../presenters/comment.presenter.ts';
import {
  actOnComment,
  type CommentAction,
  readCommentContact,
} from '../services/comment-moderation.service.ts';
import { listCommentQueue, readComment } from '../services/comment-queue.service.ts';

const Version = z.object({ version: z.number().int().describe('The version you read') });

const STEPS: { action: Exclude<CommentAction, 'draft'>; summary: string; body: z.ZodObject }[] = [
  { action: 'approve', summary: 'Show the comment on the item page (admin)', body: Version },
  {
    action: 'reject',
    summary: 'Do not show it, with a reason the citizen reads (admin)',
    body: Version.extend({ reason: z.string().trim().max(500) }),
  },
  {
    action: 'assign',
    summary: "Ask a unit to draft the answer (admin; the item's lead unit by default)",
    body: Version.extend({ unitId: z.number().int().positive().max(2_147_483_647).optional() }),
  },
  {
    action: 'answer',
    summary: "Publish the official answer (admin; the unit's draft when no text is sent)",
    body: Version.extend({ text: z.string().trim().max(2000).optional() }),
  },
];

export const commentRoutes: Routes = (app, { store, citizenNotifier, personalData }) => {
  const db = store.db;
  const deps = { notifier: citizenNotifier, personalData };
  app.get('/api/comments', {
    schema: {
      tags: ['comments'],
      summary: "Citizens' comments, oldest first (admin: all; a unit: those assigned to it)",
      querystring: z.object({
        state: z.enum(['pending', 'approved', 'rejected']).optional(),
        unanswered: z.enum(['true', 'false']).optional().describe('Only those without an answer'),
        plan: z.coerce.number().int().positive().optional(),
      }),
      response: withErrors({ 200: z.array(CommentDto) }),
    },
    handler: (request) =>
      listCommentQueue(db, request.actor, {
        state: request.query.state,
        unanswered: request.query.unanswered === 'true',
        planId: request.query.plan,
      }),
  });
  app.get('/api/comments/:id', {
    schema: { tags: ['comments'], params: IdParams, response: withErrors({ 200: CommentDto }) },
    handler: (request) => readComment(db, request.actor, request.params.id),
  });
  app.get('/api/comments/:id/contact', {
    schema: {
      tags: ['comments'],
      summary: "The citizen's contact (admin; the reading is audited)",
      params: IdParams,
      response: withErrors({ 200: CommentContactDto }),
    },
    handler: (request) => readCommentContact(db, deps, request.actor, request.params.id),
  });
  app.put('/api/comments/:id/draft', {
    schema: {
      tags: ['comments'],
      summary: 'Save the draft answer (the assigned unit, or admin)',
      params: IdParams,
      body: Version.extend({ text: z.string().trim().max(2000) }),
      response: withErrors({ 200: CommentDto }),
    },
    handler: (request) =>
      actOnComment(db, deps, request.actor, request.params.id, {
        action: 'draft',
        ...request.body,
      }),
  });
  for (const { action, summary, body } of STEPS) {
    app.post(`/api/comments/:id/${action}`, {
      schema: {
        tags: ['comments'],
        summary,
        params: IdParams,
        body,
        response: withErrors({ 200: CommentDto }),
      },
      handler: (request) =>
        actOnComment(db, deps, request.actor, request.params.id, {
          action,
          ...(request.body as z.infer<typeof Version>),
        }),
    });
  }
};
