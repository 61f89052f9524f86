/** Items of a plan (filtered, searched) and one item with its history. */
import { z } from 'zod';
import { ItemStatus, StatusClaim } from '../../core/model.ts';
import { IdParam, IdParams, VersionField, withErrors } from '../http/error-dto.ts';
import { ReadCache } from '../http/read-cache.ts';
import type { Routes } from '../http/zod-app.ts';
import { ItemDetailDto, ItemSummaryDto } from '../presenters/item.presenter.ts';
import { listItems } from '../services/item.service.ts';
import { getItemDetail } from '../services/item-detail.service.ts';
import { updateItem } from '../services/item-update.service.ts';

const optionalId = IdParam.optional();

const ItemQuery = z.object({
  period: optionalId.describe('Period whose reports to show; the latest by default'),
  category: optionalId,
  leader: optionalId,
  unit: optionalId.describe('Items the unit leads or is responsible for'),
  status: StatusClaim.optional().describe('Self-reported claim'),
  assessment: ItemStatus.optional().describe('Assessed status'),
  state: z.enum(['draft', 'submitted', 'returned', 'approved', 'published']).optional(),
  q: z
    .string()
    .trim()
    .min(1)
    .max(100)
    .optional()
    .describe('Substring of the task or the progress text'),
});

export const itemRoutes: Routes = (app, { store }) => {
  const db = store.db;
  const cache = new ReadCache(store);
  app.get('/api/plans/:id/items', {
    schema: {
      tags: ['items'],
      summary:
        "A plan's items with their report for a period (leaders: their items; reporters: their unit's)",
      params: IdParams,
      querystring: ItemQuery,
      response: withErrors({ 200: z.array(ItemSummaryDto) }),
    },
    handler: (request, reply) => {
      const { period, category, leader, unit, status, ...rest } = request.query;
      return cache.send(request, reply, () =>
        listItems(db, request.actor, request.params.id, {
          ...rest,
          periodId: period,
          categoryId: category,
          leaderId: leader,
          unitId: unit,
          claim: status,
        }),
      );
    },
  });
  app.get('/api/items/:id', {
    schema: {
      tags: ['items'],
      summary: 'An item with its indicators across periods and the reports the caller may read',
      params: IdParams,
      response: withErrors({ 200: ItemDetailDto }),
    },
    handler: (request) => getItemDetail(db, request.actor, request.params.id),
  });
  app.patch('/api/items/:id', {
    schema: {
      tags: ['items'],
      summary: 'Edit an item (admin); send the version you read',
      params: IdParams,
      body: z.object({
        version: VersionField,
        task: z.string().trim().min(1).max(5000).optional(),
        deadline: z
          .string()
          .regex(/^\d{4}-\d{2}-\d{2}$/)
          .optional(),
      }),
      response: withErrors({ 200: ItemDetailDto }),
    },
    handler: (request) => updateItem(db, request.actor, request.params.id, request.body),
  });
};
