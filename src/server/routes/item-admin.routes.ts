/** The office corrects an item's people and indicators; each save names the version it read. */
import { z } from 'zod';
import { Direction, IndicatorKind } from '../../core/model.ts';
import { IdParams, withErrors } from '../http/error-dto.ts';
import type { Routes } from '../http/zod-app.ts';
import { ItemDetailDto } from '../presenters/item.presenter.ts';
import { updateItemIndicators, updateItemPeople } from '../services/item-admin.service.ts';

const Id = z.number().int().positive();
const Version = z.number().int().describe("The item's version you read");

const IndicatorInput = z.object({
  id: Id.optional().describe('Omit for a new indicator'),
  what: z.string().trim().min(1).max(200),
  kind: IndicatorKind,
  target: z.number().finite().nullable(),
  targetMax: z.number().finite().nullable().default(null),
  baseline: z.number().finite().nullable().default(null),
  direction: Direction.default('at_least'),
  unit: z.string().trim().max(40),
  targetText: z.string().trim().max(200).default(''),
});

export const ItemPeopleBody = z.object({
  version: Version,
  leadUnitId: Id.nullable(),
  leaderIds: z.array(Id).max(20),
  responsibilities: z.array(z.object({ unitId: Id, personId: Id.nullable() })).max(100),
});

export const ItemIndicatorsBody = z.object({
  version: Version,
  indicators: z.array(IndicatorInput).max(50),
});

export const itemAdminRoutes: Routes = (app, { store }) => {
  app.put('/api/items/:id/people', {
    schema: {
      tags: ['items'],
      summary:
        "Set an item's lead unit, leaders and responsible units with their people, by id (admin); unknown ids are refused",
      params: IdParams,
      body: z.object({
        version: Version,
        leadUnitId: Id.nullable(),
        leaderIds: z.array(Id).max(20),
        responsibilities: z.array(z.object({ unitId: Id, personId: Id.nullable() })).max(100),
      }),
      response: withErrors({ 200: ItemDetailDto }),
    },
    handler: (request) =>
      updateItemPeople(store.db, request.actor, request.params.id, request.body),
  });
  app.put('/api/items/:id/indicators', {
    schema: {
      tags: ['items'],
      summary:
        "Correct an item's indicators (admin): listed ones kept in order, new ones added, others removed; every report of the item is judged again",
      params: IdParams,
      body: ItemIndicatorsBody,
      response: withErrors({ 200: ItemDetailDto }),
    },
    handler: (request) =>
      updateItemIndicators(store.db, request.actor, request.params.id, request.body),
  });
};
