/**
 * Public responses are built once per public revision and kept in memory: a request then costs
 * one primary-key read (the revision) and, when the browser already holds that revision, a 304
 * with no body. Publishing or moderating bumps the revision, so nothing stale is ever served;
 * several servers behind a load balancer each keep their own copies and compare against the
 * same database row. Text is gzipped once at build time for clients that accept it.
 */
import { createHash } from 'node:crypto';
import { gzipSync } from 'node:zlib';
import type { FastifyReply, FastifyRequest } from 'fastify';
import type { Kysely } from 'kysely';
import type { Database } from '../db/schema.ts';
import { readRevision } from '../repositories/publication.repository.ts';

export interface PublicBody {
  type: string;
  body: Buffer | string;
  headers?: Record<string, string>;
}

interface Entry {
  revision: number;
  etag: string;
  type: string;
  body: Buffer;
  gzip: Buffer | null;
  headers: Record<string, string>;
}

const COMPRESSIBLE = /^(text\/|application\/(json|atom\+xml|xml)|image\/svg)/;

/** A bounded map of built responses (oldest dropped first when over `maxBytes`). */
export class PublicCache {
  private readonly entries = new Map<string, Entry>();
  private bytes = 0;

  constructor(private readonly maxBytes = 64 * 2 ** 20) {}

  get(key: string, revision: number): Entry | undefined {
    const entry = this.entries.get(key);
    return entry?.revision === revision ? entry : undefined;
  }

  set(key: string, entry: Entry): void {
    this.delete(key);
    this.entries.set(key, entry);
    this.bytes += entry.body.length + (entry.gzip?.length ?? 0);
    for (const oldest of this.entries.keys()) {
      if (this.bytes <= this.maxBytes) break;
      this.delete(oldest);
    }
  }

  private delete(key: string): void {
    const old = this.entries.get(key);
    if (!old) return;
    this.bytes -= old.body.length + (old.gzip?.length ?? 0);
    this.entries.delete(key);
  }
}

const acceptsGzip = (request: FastifyRequest) =>
  /\bgzip\b/.test(String(request.headers['accept-encoding'] ?? ''));

const etagOf = (key: string, revision: number) =>
  `"${revision}-${createHash('sha1').update(key).digest('base64url').slice(0, 16)}"`;

const matches = (header: string | undefined, etag: string) =>
  (header ?? '').split(',').some((tag) => tag.trim() === etag);

/**
 * Answers with the response `build` makes for `key` at the current revision: 304 when the
 * client's ETag is current, the cached bytes when built already, else builds and keeps them.
 * `key` must name everything the response depends on besides the revision.
 */
export async function sendPublic(
  request: FastifyRequest,
  reply: FastifyReply,
  options: {
    db: Kysely<Database>;
    cache: PublicCache;
    key: string;
    build: () => Promise<PublicBody>;
  },
): Promise<void> {
  const { cache, key } = options;
  const revision = await readRevision(options.db);
  let entry = cache.get(key, revision);
  const etag = entry?.etag ?? etagOf(key, revision);
  reply
    .header('etag', etag)
    .header('cache-control', 'public, no-cache')
    .header('vary', 'accept-encoding');
  if (matches(request.headers['if-none-match'], etag)) {
    await reply.status(304).send();
    return;
  }
  if (!entry) {
    const built = await options.build();
    const body = Buffer.isBuffer(built.body) ? built.body : Buffer.from(built.body);
    entry = {
      revision,
      etag,
      type: built.type,
      body,
      gzip: COMPRESSIBLE.test(built.type) && body.length > 1024 ? gzipSync(body) : null,
      headers: built.headers ?? {},
    };
    cache.set(key, entry);
  }
  reply.headers(entry.headers).type(entry.type);
  if (entry.gzip && acceptsGzip(request))
    await reply.header('content-encoding', 'gzip').send(entry.gzip);
  else await reply.send(entry.body);
}
