/**
 * Sessions and CSRF. The session token travels in an HttpOnly, SameSite=Lax cookie that ends with
 * the browser (Secure when the request came over TLS, as told by X-Forwarded-Proto from a trusted
 * proxy); the server ends it earlier when idle or past its absolute end. CSRF defence is a
 * synchronizer token: login returns a per-session token (also in the readable cookie
 * `minsheng_csrf`), and every cookie-authenticated write must echo it in `X-CSRF-Token`. A
 * cross-site form cannot read it; SameSite=Lax is the second wall. An account whose password an
 * administrator set may only read who it is, sign out and change the password until it does.
 */
import { timingSafeEqual } from 'node:crypto';
import type {} from '@fastify/cookie';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { AppError } from '../errors.ts';
import type { RouteDeps, ZodApp } from '../http/zod-app.ts';
import { PUBLIC } from '../policies/actor.ts';
import { actorOfToken, purgeExpiredSessions } from '../services/session.service.ts';

export const SESSION_COOKIE = 'minsheng_session';
export const CSRF_COOKIE = 'minsheng_csrf';
export const CSRF_HEADER = 'x-csrf-token';

const SAFE = new Set(['GET', 'HEAD', 'OPTIONS']);

/** How often ended sessions are deleted (剩余信息保护), besides at every sign-in. */
const SWEEP_EVERY_MS = 10 * 60_000;

/** What an account that must change its password may still do. */
const BEFORE_PASSWORD_CHANGE = new Set([
  'GET /api/auth/me',
  'POST /api/auth/logout',
  'POST /api/auth/password',
]);

// Compared as bytes: a non-ASCII header has more bytes than characters, and timingSafeEqual throws
// on buffers of different lengths.
function sameToken(sent: string, expected: string): boolean {
  const [a, b] = [Buffer.from(sent), Buffer.from(expected)];
  return a.length === b.length && timingSafeEqual(a, b);
}

/** Sets the session and CSRF cookies after a login. */
export function setSessionCookies(
  request: FastifyRequest,
  reply: FastifyReply,
  token: string,
  csrf: string,
): void {
  const common = { path: '/', sameSite: 'lax' as const, secure: request.protocol === 'https' };
  reply.setCookie(SESSION_COOKIE, token, { ...common, httpOnly: true });
  reply.setCookie(CSRF_COOKIE, csrf, { ...common, httpOnly: false });
}

export function clearSessionCookies(reply: FastifyReply): void {
  reply.clearCookie(SESSION_COOKIE, { path: '/' });
  reply.clearCookie(CSRF_COOKIE, { path: '/' });
}

/** The client as sessions and the audit log record it: its address (behind trusted proxies only) and browser. */
export const clientOf = (request: FastifyRequest) => ({
  address: request.ip ?? null,
  userAgent: request.headers['user-agent'] ?? null,
});

/**
 * Resolves `request.actor` on every request, enforces the CSRF token on writes and holds an
 * account that must change its password to the few routes that let it.
 */
export function registerSession(app: ZodApp, { store, clock }: RouteDeps): void {
  // A null placeholder keeps the request shape stable; the hook sets the real actor first thing.
  app.decorateRequest('actor', null as unknown as typeof PUBLIC);
  app.addHook('onRequest', async (request) => {
    request.actor = PUBLIC;
    if (!request.url.startsWith('/api/') || request.url.startsWith('/api/docs')) return;
    request.actor = await actorOfToken(store.db, request.cookies[SESSION_COOKIE], clock.now());
    if (!SAFE.has(request.method) && request.actor.csrfToken !== null) {
      const sent = request.headers[CSRF_HEADER];
      if (typeof sent !== 'string' || !sameToken(sent, request.actor.csrfToken))
        throw new AppError('csrf_failed');
    }
    if (
      request.actor.mustChangePassword &&
      !BEFORE_PASSWORD_CHANGE.has(`${request.method} ${request.routeOptions.url}`)
    )
      throw new AppError('password_change_required');
  });
  const sweep = setInterval(() => {
    purgeExpiredSessions(store.db, clock.now()).catch((error) =>
      app.log.error({ err: error }, 'session sweep failed'),
    );
  }, SWEEP_EVERY_MS);
  sweep.unref();
  app.addHook('onClose', async () => clearInterval(sweep));
}
