/**
 * Sessions and CSRF. The session token travels in an HttpOnly, SameSite=Lax cookie (Secure when
 * the request came over TLS, as told by X-Forwarded-Proto behind a trusted proxy). CSRF defence
 * is a synchronizer token: login returns a per-session token (also in the readable cookie
 * `minsheng_csrf`), and every cookie-authenticated write must echo it in `X-CSRF-Token`. A
 * cross-site form cannot read it; SameSite=Lax is the second wall.
 */
import { timingSafeEqual } from 'node:crypto';
import type {} from '@fastify/cookie';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { AppError } from '../errors.ts';
import type { RouteDeps, ZodApp } from '../http/zod-app.ts';
import { PUBLIC } from '../policies/actor.ts';
import { actorOfToken, SESSION_HOURS } from '../services/auth.service.ts';

export const SESSION_COOKIE = 'minsheng_session';
export const CSRF_COOKIE = 'minsheng_csrf';
export const CSRF_HEADER = 'x-csrf-token';

const SAFE = new Set(['GET', 'HEAD', 'OPTIONS']);

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
  const common = {
    path: '/',
    sameSite: 'lax' as const,
    secure: request.protocol === 'https',
    maxAge: SESSION_HOURS * 3600,
  };
  reply.setCookie(SESSION_COOKIE, token, { ...common, httpOnly: true });
  reply.setCookie(CSRF_COOKIE, csrf, { ...common, httpOnly: false });
}

export function clearSessionCookies(reply: FastifyReply): void {
  reply.clearCookie(SESSION_COOKIE, { path: '/' });
  reply.clearCookie(CSRF_COOKIE, { path: '/' });
}

/** Resolves `request.actor` on every request and enforces the CSRF token on writes. */
export function registerSession(app: ZodApp, { store }: RouteDeps): void {
  // A null placeholder keeps the request shape stable; the hook sets the real actor first thing.
  app.decorateRequest('actor', null as unknown as typeof PUBLIC);
  app.addHook('onRequest', async (request) => {
    request.actor = PUBLIC;
    if (!request.url.startsWith('/api/') || request.url.startsWith('/api/docs')) return;
    request.actor = await actorOfToken(store.db, request.cookies[SESSION_COOKIE]);
    if (SAFE.has(request.method) || request.actor.csrfToken === null) return;
    const sent = request.headers[CSRF_HEADER];
    if (typeof sent !== 'string' || !sameToken(sent, request.actor.csrfToken))
      throw new AppError('csrf_failed');
  });
}
