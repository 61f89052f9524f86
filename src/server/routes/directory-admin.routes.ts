/** The office creates and renames units, their people and leaders. */
import { z } from 'zod';
import { normaliseName } from '../../core/table/people.ts';
import { IdParams, withErrors } from '../http/error-dto.ts';
import type { Routes } from '../http/zod-app.ts';
import { NamedDto } from '../presenters/directory.presenter.ts';
import {
  createNamed,
  createPerson,
  type NamedKind,
  renameNamed,
} from '../services/directory-admin.service.ts';

/** A name as the import reads one ("张  璐" is 张璐), so the two never disagree. */
const Name = z.string().trim().min(1).max(100).transform(normaliseName);

const Rename = z.object({ version: z.number().int().describe('The version you read'), name: Name });

const PATHS: { kind: NamedKind; path: string; word: string }[] = [
  { kind: 'unit', path: '/api/units/:id', word: 'unit' },
  { kind: 'leader', path: '/api/leaders/:id', word: 'leader' },
  { kind: 'person', path: '/api/people/:id', word: 'responsible person' },
];

export const directoryAdminRoutes: Routes = (app, { store }) => {
  for (const kind of ['unit', 'leader'] as const) {
    app.post(`/api/${kind}s`, {
      schema: {
        tags: ['directory'],
        summary: `Add a ${kind} (admin); 409 when one has the name`,
        body: z.object({ name: Name }),
        response: withErrors({ 201: NamedDto }),
      },
      handler: async (request, reply) =>
        reply.status(201).send(await createNamed(store.db, request.actor, kind, request.body.name)),
    });
  }
  app.post('/api/units/:id/people', {
    schema: {
      tags: ['directory'],
      summary: 'Add a responsible person to a unit (admin)',
      params: IdParams,
      body: z.object({ name: Name }),
      response: withErrors({ 201: NamedDto }),
    },
    handler: async (request, reply) =>
      reply
        .status(201)
        .send(await createPerson(store.db, request.actor, request.params.id, request.body.name)),
  });
  for (const { kind, path, word } of PATHS) {
    app.patch(path, {
      schema: {
        tags: ['directory'],
        summary: `Rename a ${word} (admin): every item that names it follows`,
        params: IdParams,
        body: Rename,
        response: withErrors({ 200: NamedDto }),
      },
      handler: (request) =>
        renameNamed(store.db, request.actor, kind, request.params.id, request.body),
    });
  }
};
