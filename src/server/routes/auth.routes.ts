/** Sign in, sign out, who am I. The login route alone is rate limited (per client address). */
import { z } from 'zod';
import { clearSessionCookies, SESSION_COOKIE, setSessionCookies } from '../auth/session.plugin.ts';
import { withErrors } from '../http/error-dto.ts';
import type { Routes } from '../http/zod-app.ts';
import { MeDto, presentMe } from '../presenters/user.presenter.ts';
import { login, logout } from '../services/auth.service.ts';

const LoginBody = z.object({
  name: z.string().min(1).max(100),
  password: z.string().min(1).max(200),
});

export const authRoutes: Routes = (app, { store, loginRateLimit }) => {
  app.post('/api/auth/login', {
    config: { rateLimit: { max: loginRateLimit, timeWindow: '1 minute' } },
    schema: {
      tags: ['auth'],
      summary:
        'Sign in; sets the session cookie and returns the CSRF token to send as X-CSRF-Token',
      body: LoginBody,
      response: withErrors({ 200: MeDto.extend({ csrfToken: z.string() }), 429: z.unknown() }),
    },
    handler: async (request, reply) => {
      const { token, actor } = await login(store.db, request.body.name, request.body.password);
      setSessionCookies(request, reply, token, actor.csrfToken ?? '');
      return { ...presentMe(actor), csrfToken: actor.csrfToken ?? '' };
    },
  });
  app.post('/api/auth/logout', {
    schema: { tags: ['auth'], summary: 'Sign out', response: withErrors({ 204: z.null() }) },
    handler: async (request, reply) => {
      await logout(store.db, request.cookies[SESSION_COOKIE]);
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
    handler: async (request) => presentMe(request.actor),
  });
};
