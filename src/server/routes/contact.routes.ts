/** Contact addresses for reminders: one's own, and a unit's mailbox (office, system admin). */
import { z } from 'zod';
import { IdParams, withErrors } from '../http/error-dto.ts';
import type { Routes } from '../http/zod-app.ts';
import {
  ContactDto,
  ContactInput,
  changeMyContact,
  changeUnitContact,
  readMyContact,
  readUnitContact,
  UnitContactDto,
} from '../services/contact.service.ts';

const tags = ['contacts'];

export const contactRoutes: Routes = (app, { store, clock, personalData }) => {
  const ctx = { db: store.db, clock, personalData };
  app.get('/api/users/me/contact', {
    schema: { tags, summary: 'Your e-mail and phone', response: withErrors({ 200: ContactDto }) },
    handler: (request) => readMyContact(ctx, request.actor),
  });
  app.patch('/api/users/me/contact', {
    schema: {
      tags,
      summary: 'Change your e-mail or phone (null clears; stored encrypted)',
      body: ContactInput,
      response: withErrors({ 200: ContactDto }),
    },
    handler: (request) => changeMyContact(ctx, request.actor, request.body),
  });
  app.get('/api/units/:id/contact', {
    schema: { tags, params: IdParams, response: withErrors({ 200: UnitContactDto }) },
    handler: (request) => readUnitContact(ctx, request.actor, request.params.id),
  });
  app.put('/api/units/:id/contact', {
    schema: {
      tags,
      summary: "Set a unit's reminder mailbox (office, system administrator); null clears it",
      params: IdParams,
      body: z.object({ email: z.email().max(254).nullable() }),
      response: withErrors({ 200: UnitContactDto }),
    },
    handler: (request) =>
      changeUnitContact(ctx, request.actor, request.params.id, request.body.email),
  });
};
