/**
 * Sign in, sign out, who am I, change one's password, and the second factor. The login route
 * alone is rate limited, per client address (the real one: X-Forwarded-For counts only from the
 * configured proxies).
 */
import { z } from 'zod';
import {
  clearSessionCookies,
  clientOf,
  SESSION_COOKIE,
  setSessionCookies,
} from '../auth/session.plugin.ts';
import { withErrors } from '../http/error-dto.ts';
import type { Routes } from '../http/zod-app.ts';
import { SessionDto } from '../presenters/session.presenter.ts';
import { MeDto } from '../presenters/user.presenter.ts';
import { login, logout } from '../services/auth.service.ts';
import { readMe } from '../services/me.service.ts';
import { endOtherSessions, readOwnSessions } from '../services/own-sessions.service.ts';
import { changeOwnPassword } from '../services/password.service.ts';
import { confirmTotp, disableOwnTotp, enrolTotp } from '../services/totp.service.ts';

const LoginBody = z.object({
  name: z.string().min(1).max(100).describe('User name'),
  password: z.string().min(1).max(200),
  totp: z
    .string()
    .max(10)
    .optional()
    .describe('6-digit authenticator code, for accounts with a second factor (else totp_required)'),
});

export const OwnSessionDto = SessionDto.extend({ current: z.boolean() });

export const TotpEnrolment = z.object({ secret: z.string(), otpauthUrl: z.string() });

const Code = z.object({ code: z.string().max(10).describe('6-digit authenticator code') });

export const authRoutes: Routes = (app, { store, loginRateLimit, clock, personalData }) => {
  const db = store.db;
  app.post('/api/auth/login', {
    config: { rateLimit: { max: loginRateLimit, timeWindow: '1 minute' } },
    schema: {
      tags: ['auth'],
      summary:
        'Sign in with {name, password, totp?}; sets the session cookie and returns the CSRF token to send as X-CSRF-Token',
      body: LoginBody,
      response: withErrors({ 200: MeDto.extend({ csrfToken: z.string() }), 429: z.unknown() }),
    },
    handler: async (request, reply) => {
      const { token, actor } = await login(db, request.body, {
        at: clock.now(),
        client: clientOf(request),
        personalData,
      });
      setSessionCookies(request, reply, token, actor.csrfToken ?? '');
      return { ...(await readMe(db, actor)), csrfToken: actor.csrfToken ?? '' };
    },
  });
  app.post('/api/auth/logout', {
    schema: { tags: ['auth'], summary: 'Sign out', response: withErrors({ 204: z.null() }) },
    handler: async (request, reply) => {
      await logout(db, request.actor, request.cookies[SESSION_COOKIE], clientOf(request));
      clearSessionCookies(reply);
      return reply.status(204).send(null);
    },
  });
  app.get('/api/auth/me', {
    schema: {
      tags: ['auth'],
      summary: 'The signed-in user (role public when anonymous)',
      response: withErrors({ 200: MeDto }),
    },
    handler: (request) => readMe(db, request.actor),
  });
  app.post('/api/auth/password', {
    schema: {
      tags: ['auth'],
      summary:
        'Change your own password: {current, password}; the new one keeps the rules (≥10 characters, 3 kinds, not the name, not one of the last 5)',
      body: z.object({ current: z.string().min(1).max(200), password: z.string().min(1).max(200) }),
      response: withErrors({ 204: z.null() }),
    },
    handler: async (request, reply) => {
      await changeOwnPassword(
        db,
        request.actor,
        { current: request.body.current, next: request.body.password },
        clock.now(),
      );
      return reply.status(204).send(null);
    },
  });
  app.post('/api/auth/totp', {
    schema: {
      tags: ['auth'],
      summary:
        'Start adding an authenticator (office and administrators): returns the secret and the otpauth:// address for a QR code; confirm with a code',
      response: withErrors({ 200: TotpEnrolment }),
    },
    handler: (request) => enrolTotp(db, request.actor, personalData),
  });
  app.post('/api/auth/totp/confirm', {
    schema: {
      tags: ['auth'],
      summary:
        'Confirm the authenticator with its current code; sign-in asks for a code from then on',
      body: Code,
      response: withErrors({ 204: z.null() }),
    },
    handler: async (request, reply) => {
      await confirmTotp(db, request.actor, request.body.code, clock.now(), personalData);
      return reply.status(204).send(null);
    },
  });
  app.post('/api/auth/totp/disable', {
    schema: {
      tags: ['auth'],
      summary: 'Turn off your own authenticator, proven with its current code',
      body: Code,
      response: withErrors({ 204: z.null() }),
    },
    handler: async (request, reply) => {
      await disableOwnTotp(db, request.actor, request.body.code, clock.now(), personalData);
      return reply.status(204).send(null);
    },
  });
  app.get('/api/auth/sessions', {
    schema: {
      tags: ['auth'],
      summary: 'Your own live sessions, newest first; `current` is the one asking',
      response: withErrors({ 200: z.array(OwnSessionDto) }),
    },
    handler: (request) => readOwnSessions(db, request.actor, clock.now()),
  });
  app.post('/api/auth/sessions/end-others', {
    schema: {
      tags: ['auth'],
      summary: 'Sign out everywhere but here; answers how many sessions ended',
      response: withErrors({ 200: z.object({ ended: z.number().int() }) }),
    },
    handler: async (request) => ({
      ended: await endOtherSessions(db, request.actor, clock.now()),
    }),
  });
};
