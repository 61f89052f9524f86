/**
 * Accounts (三权分立): the system administrator lists, creates, resets, disables/enables and
 * moves business accounts; the security administrator changes roles, unlocks and removes a lost
 * second factor. Temporary passwords are returned once and must be changed at first sign-in.
 */
import { z } from 'zod';
import { IdParams, withErrors } from '../http/error-dto.ts';
import type { Routes } from '../http/zod-app.ts';
import { BUSINESS_ROLES, Role } from '../policies/actor.ts';
import { UserDto } from '../presenters/user.presenter.ts';
import {
  changeAccountRole,
  changeAccountUnit,
  createAccount,
  readUsers,
  resetAccountPassword,
  setAccountDisabled,
  unlockAccount,
} from '../services/account.service.ts';
import { resetTotp } from '../services/totp.service.ts';

export const WithPassword = z.object({
  user: UserDto,
  temporaryPassword: z.string().describe('Shown once; the user must change it at first sign-in'),
});

export const NewAccount = z.object({
  name: z.string().trim().min(1).max(100),
  role: z
    .enum(BUSINESS_ROLES)
    .describe('Business roles only; administrators by the security administrator'),
  unit: z.string().trim().min(1).max(100).optional().describe('Required for a reporter'),
  leader: z.string().trim().min(1).max(100).optional().describe('Required for a leader'),
  newUnit: z
    .boolean()
    .default(false)
    .describe('Create the unit; without it an unknown unit is refused with close matches'),
  newLeader: z.boolean().default(false),
});

export const userRoutes: Routes = (app, { store, clock }) => {
  const db = store.db;
  app.get('/api/users', {
    schema: {
      tags: ['accounts'],
      summary: 'Every account (system and security administrators)',
      response: withErrors({ 200: z.array(UserDto) }),
    },
    handler: (request) => readUsers(db, request.actor, clock.now()),
  });
  app.post('/api/users', {
    schema: {
      tags: ['accounts'],
      summary: 'Create a business account (system administrator); returns a temporary password',
      body: NewAccount,
      response: withErrors({ 201: WithPassword }),
    },
    handler: async (request, reply) =>
      reply.status(201).send(await createAccount(db, request.actor, request.body, clock.now())),
  });
  app.post('/api/users/:id/password-reset', {
    schema: {
      tags: ['accounts'],
      summary: 'A new temporary password (system administrator); ends the sessions',
      params: IdParams,
      response: withErrors({ 200: WithPassword }),
    },
    handler: (request) => resetAccountPassword(db, request.actor, request.params.id, clock.now()),
  });
  for (const [action, disabled] of [
    ['disable', true],
    ['enable', false],
  ] as const)
    app.post(`/api/users/:id/${action}`, {
      schema: {
        tags: ['accounts'],
        summary: `${action === 'disable' ? 'Disable (ends the sessions)' : 'Enable'} an account (system administrator)`,
        params: IdParams,
        response: withErrors({ 200: UserDto }),
      },
      handler: (request) =>
        setAccountDisabled(db, request.actor, request.params.id, disabled, clock.now()),
    });
  app.put('/api/users/:id/unit', {
    schema: {
      tags: ['accounts'],
      summary: 'Move an account to another unit (system administrator)',
      params: IdParams,
      body: z.object({
        unit: z.string().trim().min(1).max(100).nullable(),
        newUnit: z.boolean().default(false),
      }),
      response: withErrors({ 200: UserDto }),
    },
    handler: (request) =>
      changeAccountUnit(db, request.actor, request.params.id, request.body, clock.now()),
  });
  app.put('/api/users/:id/role', {
    schema: {
      tags: ['accounts'],
      summary: 'Change the role (security administrator; not your own)',
      params: IdParams,
      body: z.object({ role: Role }),
      response: withErrors({ 200: UserDto }),
    },
    handler: (request) =>
      changeAccountRole(db, request.actor, request.params.id, request.body.role, clock.now()),
  });
  app.post('/api/users/:id/unlock', {
    schema: {
      tags: ['accounts'],
      summary: 'Lift a lockout (security administrator)',
      params: IdParams,
      response: withErrors({ 200: UserDto }),
    },
    handler: (request) => unlockAccount(db, request.actor, request.params.id, clock.now()),
  });
  app.delete('/api/users/:id/totp', {
    schema: {
      tags: ['accounts'],
      summary: "Remove an account's authenticator, e.g. a lost phone (security administrator)",
      params: IdParams,
      response: withErrors({ 204: z.null() }),
    },
    handler: async (request, reply) => {
      await resetTotp(db, request.actor, request.params.id);
      return reply.status(204).send(null);
    },
  });
};
