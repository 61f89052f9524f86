/**
 * Refusals every route shares, made before any route runs: over-long URLs (a scanner's probe, a
 * query string of thousands of keys) and the NUL character anywhere in the path, the query or a
 * JSON body. PostgreSQL cannot store NUL in text, and no table, name or report needs it, so both
 * engines refuse it alike rather than one failing deep inside a query.
 */
import type { FastifyRequest } from 'fastify';
import { AppError } from '../errors.ts';
import type { ZodApp } from './zod-app.ts';

/** Longer than any URL our clients build; well under Node's 16 KB header limit. */
export const MAX_URL_LENGTH = 4096;

const hasNulInUrl = (url: string) => url.includes('\u0000') || /%00/i.test(url);

/** The JSON path of the first string holding NUL, or null. */
function nulPath(value: unknown, path = ''): string | null {
  if (typeof value === 'string') return value.includes('\u0000') ? path || '/' : null;
  if (value === null || typeof value !== 'object') return null;
  for (const [key, child] of Object.entries(value)) {
    const found = nulPath(key, `${path}/${key}`) ?? nulPath(child, `${path}/${key}`);
    if (found) return found;
  }
  return null;
}

const refuseNul = (path: string) =>
  new AppError('validation_failed', {
    message: '文本中含有空字符（\\0），请删除后重试',
    messageEn: 'The text contains a NUL character (\\0); remove it and try again',
    details: [{ path, message: 'NUL character' }],
  });

async function guardUrl(request: FastifyRequest): Promise<void> {
  if (request.url.length > MAX_URL_LENGTH) throw new AppError('uri_too_long');
  if (hasNulInUrl(request.url)) throw refuseNul('url');
}

async function guardBody(request: FastifyRequest): Promise<void> {
  const path = nulPath(request.body);
  if (path) throw refuseNul(path);
}

/** Registers the guards on every route of `app`. */
export function registerRequestGuards(app: ZodApp): void {
  app.addHook('onRequest', guardUrl);
  app.addHook('preValidation', guardBody);
}
