/**
 * Serves the office web app built by Vite (dist/web): hashed assets cached for a year, and
 * index.html for every other page address outside /api and /p, so the app's own URLs work on
 * reload and from bookmarks. Without a build, those addresses answer a page saying how to build.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import fastifyStatic from '@fastify/static';
import type { FastifyReply, FastifyRequest } from 'fastify';
import type { ZodApp } from '../http/zod-app.ts';

const NOT_BUILT = `<!doctype html><html lang="zh-CN"><meta charset="utf-8"><title>民生实事</title>
<p>办公网页尚未构建：请运行 <code>npm run build</code>。</p>
<p>The office web app is not built: run <code>npm run build</code>.</p>
<p><a href="/p/">公开页面 / public pages</a> · <a href="/api/docs">API</a></p></html>`;

/** True when the request is a page address the office app answers. */
export const isAppPage = (request: FastifyRequest): boolean =>
  (request.method === 'GET' || request.method === 'HEAD') &&
  !request.url.startsWith('/api/') &&
  request.url !== '/api' &&
  !request.url.startsWith('/p/') &&
  request.url !== '/p';

/** Registers the assets; returns the handler that answers app pages (for the not-found route). */
export async function registerOfficeApp(
  app: ZodApp,
  root: string,
): Promise<(reply: FastifyReply) => FastifyReply> {
  if (!existsSync(join(root, 'index.html')))
    return (reply) => reply.status(200).type('text/html; charset=utf-8').send(NOT_BUILT);
  await app.register(fastifyStatic, {
    root: join(root, 'assets'),
    prefix: '/assets/',
    index: false,
    // Vite names every asset by its content hash: a new build is a new name.
    immutable: true,
    maxAge: '365d',
  });
  await app.register(fastifyStatic, {
    root,
    serve: false,
    decorateReply: false,
  });
  return (reply) =>
    reply
      .header('cache-control', 'no-cache')
      .sendFile('index.html', root, { cacheControl: false, immutable: false });
}
