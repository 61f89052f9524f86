/** What every public page route does alike: its language, its address, and the HTML it sends. */
import type { FastifyReply, FastifyRequest } from 'fastify';
import type { ReactElement } from 'react';
import type { Lang } from '../core/labels.ts';
import type { PublicBody } from '../server/http/public-cache.ts';
import { langOf } from './lang.ts';
import { renderDocument } from './render.tsx';

export const HTML = 'text/html; charset=utf-8';

/** The page's language and its own address (for the language switch). */
export const pageOf = (request: FastifyRequest): { lang: Lang; path: string } => ({
  lang: langOf(request.query),
  path: request.url,
});

/** A rendered page, ready for the public cache. */
export const htmlBody = (page: ReactElement): PublicBody => ({
  type: HTML,
  body: renderDocument(page),
});

/**
 * Sends a page made for one visitor (a form with its token, an answer to a post, an error):
 * never kept by a cache, unlike the published pages that go through the public cache.
 */
export const sendPage = (reply: FastifyReply, status: number, page: ReactElement) =>
  reply.status(status).header('cache-control', 'no-store').type(HTML).send(htmlBody(page).body);

/** `protocol://host` of the request, for addresses when `public.baseUrl` is not set. */
export const requestOrigin = (request: FastifyRequest): string =>
  `${request.protocol}://${request.host}`;
