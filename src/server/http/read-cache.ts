/**
 * The office's busiest reads — the item list and the dashboard, which every cockpit, phone and
 * leader opens again and again — are answered from memory while nothing in the database has
 * changed. The key names everything the answer depends on: the URL (path and query), the
 * caller's role, unit and leader (what they may see), the date the dashboard's overdue list
 * is judged on and the
 * database's revision (`Db.revision`). On SQLite it is exact and costs one prepared statement:
 * the server's one connection counts every row it changes (`total_changes()`, triggers included)
 * and `data_version` moves whenever another process (the CLI, a second server) commits. It is
 * read before the answer is built, and the build waits for any open transaction, so an entry
 * never holds less than its revision counted: a rolled-back change only costs a rebuild.
 * PostgreSQL has no such cheap exact counter, so there the answer is always built.
 */
import type { FastifyReply, FastifyRequest } from 'fastify';
import { today } from '../db/clock.ts';
import type { Db } from '../db/database.ts';

interface Entry {
  revision: string;
  json: string;
}

const MAX_ENTRIES = 2_000;

export class ReadCache {
  private readonly entries = new Map<string, Entry>();

  constructor(private readonly store: Db) {}

  /**
   * Sends what `build` answers for this request, from memory when the database has not changed
   * since it was built for the same caller and URL. Errors are thrown, never kept.
   */
  async send(
    request: FastifyRequest,
    reply: FastifyReply,
    build: () => Promise<unknown>,
  ): Promise<void> {
    const revision = this.store.revision?.() ?? null;
    if (revision === null) {
      await reply.send(await build());
      return;
    }
    const { role, unitId, leaderId } = request.actor;
    const key = [request.url, role, unitId, leaderId, today()].join('|');
    const hit = this.entries.get(key);
    if (hit?.revision === revision) return this.reply(reply, hit.json);
    const json = String(reply.serialize(await build()));
    this.entries.delete(key);
    this.entries.set(key, { revision, json });
    if (this.entries.size > MAX_ENTRIES) {
      const oldest = this.entries.keys().next();
      if (!oldest.done) this.entries.delete(oldest.value);
    }
    return this.reply(reply, json);
  }

  private async reply(reply: FastifyReply, json: string): Promise<void> {
    await reply.type('application/json; charset=utf-8').send(json);
  }
}
