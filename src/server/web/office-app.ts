/**
 * Serves the office web app built by Vite (dist/web): hashed assets cached for a year, and
 * index.html for page addresses a browser asks for outside /api and /p, so the app's own URLs
 * work on reload and from bookmarks. Addresses outside the app's sections get the same page with
 * status 404 (the app shows its not-found page); clients that do not ask for HTML get the API's
 * JSON 404. Without a build, app pages answer a page saying how to build.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import fastifyStatic from '@fastify/static';
import type { FastifyReply, FastifyRequest } from 'fastify';
import type { ZodApp } from '../http/zod-app.ts';

/**
 * The first path segment of every office app page (src/web/app/routes.tsx; a test keeps the two
 * in step). The server cannot import the web app, which depends on it, not the reverse.
 */
export const APP_SECTIONS: ReadonlySet<string> = new Set([
  '',
  'login',
  'cockpit',
  'reporting',
  'items',
  'review',
  'contributions',
  'notices',
  'inbox',
  'reminders',
  'target-changes',
  'import',
  'downloads',
  'plans',
  'directory',
  'comments',
  'account',
  'users',
  'sessions',
  'audit',
  'settings',
  'congress',
]);

const NOT_BUILT = `<!doctype html><html lang="zh-CN"><meta charset="utf-8"><title>民生实事</title>
<p>办公网页尚未构建：请运行 <code>npm run build</code>。</p>
<p>The office web app is not built: run <code>npm run build</code>.</p>
<p><a href="/p/">公开页面 / public pages</a> · <a href="/api/docs">API</a></p></html>`;

const pathOf = (url: string) => url.split(/[?#]/, 1)[0] ?? '/';

/** True when a browser asks for a page the office app answers (not the API, not /p). */
export function isAppPage(request: FastifyRequest): boolean {
  if (request.method !== 'GET' && request.method !== 'HEAD') return false;
  if (!request.headers.accept?.includes('text/html')) return false;
  const path = pathOf(request.url);
  return !/^\/(api|p)(\/|$)/.test(path);
}

const section = (url: string) => pathOf(url).split('/')[1] ?? '';

/** Registers the assets; returns the handler that answers app pages (for the not-found route). */
export async function registerOfficeApp(
  app: ZodApp,
  root: string,
): Promise<(request: FastifyRequest, reply: FastifyReply) => FastifyReply> {
  if (!existsSync(join(root, 'index.html')))
    return (_request, reply) => reply.status(200).type('text/html; charset=utf-8').send(NOT_BUILT);
  await app.register(fastifyStatic, {
    root: join(root, 'assets'),
    prefix: '/assets/',
    index: false,
    // Vite names every asset by its content hash: a new build is a new name.
    immutable: true,
    maxAge: '365d',
  });
  await app.register(fastifyStatic, { root, serve: false, decorateReply: false });
  return (request, reply) =>
    reply
      .status(APP_SECTIONS.has(section(request.url)) ? 200 : 404)
      .header('cache-control', 'no-cache')
      .sendFile('index.html', root, { cacheControl: false, immutable: false });
}
