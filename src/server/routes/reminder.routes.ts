/** Reminders (催报): the office's log and on-demand reminders; a unit's own in its inbox. */
import { z } from 'zod';
import { IdParams, withErrors } from '../http/error-dto.ts';
import type { Routes } from '../http/zod-app.ts';
import { ReminderDto } from '../presenters/reminder.presenter.ts';
import { readReminders, remindNow } from '../services/reminder.service.ts';

const tags = ['reminders'];

export const reminderRoutes: Routes = (app, { store, clock }) => {
  const ctx = { db: store.db, clock };
  app.get('/api/periods/:id/reminders', {
    schema: {
      tags,
      summary: "A period's reminders with each delivery's outcome (office: all; a unit: its own)",
      params: IdParams,
      response: withErrors({ 200: z.array(ReminderDto) }),
    },
    handler: (request) => readReminders(ctx, request.actor, request.params.id),
  });
  app.post('/api/periods/:id/reminders', {
    schema: {
      tags,
      summary:
        'Remind now the units that still owe a report or contribution (office; once per unit and day)',
      params: IdParams,
      body: z.object({ unitIds: z.array(z.number().int()).max(1000).optional() }),
      response: withErrors({ 200: z.object({ queued: z.number().int() }) }),
    },
    handler: async (request) => ({
      queued: await remindNow(ctx, request.actor, request.params.id, request.body.unitIds),
    }),
  });
};
