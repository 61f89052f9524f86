/** Units and their people, leaders. */
import { z } from 'zod';
import { withErrors } from '../http/error-dto.ts';
import type { Routes } from '../http/zod-app.ts';
import { NamedDto, UnitDto } from '../presenters/directory.presenter.ts';
import { readLeaders, readUnits } from '../services/directory.service.ts';

export const directoryRoutes: Routes = (app, { store }) => {
  app.get('/api/units', {
    schema: {
      tags: ['directory'],
      summary: 'Units and their responsible people',
      response: withErrors({ 200: z.array(UnitDto) }),
    },
    handler: () => readUnits(store.db),
  });
  app.get('/api/leaders', {
    schema: {
      tags: ['directory'],
      summary: 'Supervising city leaders',
      response: withErrors({ 200: z.array(NamedDto) }),
    },
    handler: () => readLeaders(store.db),
  });
};
