/**
 * Retention of the audit log. Events are kept at least `audit.retentionDays` (180 by default, the
 * least the setting accepts); nothing younger is ever removed. Older events may be pruned from
 * the command line only, and only this way: the chain must verify, the events are archived to a
 * file first (JSON Lines with their hashes, 0600), and a checkpoint records the last archived
 * event's place and hash, so the chain that remains verifies from it and the archive verifies on
 * its own. The database triggers allow deleting only events a checkpoint covers.
 */
import { createHash } from 'node:crypto';
import { appendFileSync, closeSync, fsyncSync, openSync } from 'node:fs';
import type { Kysely } from 'kysely';
import type { Database } from '../db/schema.ts';
import { AppError } from '../errors.ts';
import { type Actor, SYSTEM } from '../policies/actor.ts';
import { presentExportLine } from '../presenters/audit.presenter.ts';
import {
  cutChain,
  firstSeqSince,
  insertAuditEvent,
  listChainPage,
} from '../repositories/audit.repository.ts';
import { verifyAuditLog } from './audit.service.ts';
import { readSetting } from './settings.service.ts';

type Db = Kysely<Database>;

export interface PruneResult {
  pruned: number;
  /** The last archived event, where the stored chain now begins; null when nothing was old enough. */
  checkpoint: { seq: number; hash: string } | null;
  archiveSha256: string | null;
}

/** Writes events (after, upTo] to a new file; returns the file's SHA-256 and the last event's hash. */
async function archive(db: Db, file: string, after: number, upTo: number) {
  const fd = openSync(file, 'wx', 0o600);
  const digest = createHash('sha256');
  let lastHash = '';
  try {
    for (let seq = after; seq < upTo; ) {
      const rows = (await listChainPage(db, { afterSeq: seq, limit: 1000 })).filter(
        (r) => r.seq <= upTo,
      );
      if (rows.length === 0) break;
      const text = rows.map((r) => `${presentExportLine(r)}\n`).join('');
      appendFileSync(fd, text);
      digest.update(text);
      const last = rows.at(-1);
      if (!last) break;
      seq = last.seq;
      lastHash = last.hash;
    }
    fsyncSync(fd);
  } finally {
    closeSync(fd);
  }
  return { sha256: digest.digest('hex'), lastHash };
}

/** Archives to `file` and removes the events older than the retention at `at`. */
export async function pruneAuditLog(
  db: Db,
  options: { file: string; at: Date; actor?: Actor },
): Promise<PruneResult> {
  const actor = options.actor ?? SYSTEM;
  const verification = await verifyAuditLog(db, actor);
  if (!verification.ok) throw new AppError('audit_chain_broken');
  const days = await readSetting(db, 'audit.retentionDays');
  const before = new Date(options.at.getTime() - days * 86_400_000).toISOString();
  const firstKept = await firstSeqSince(db, before);
  const upTo = (firstKept ?? verification.head.seq + 1) - 1;
  const from = verification.start.seq;
  if (upTo <= from) return { pruned: 0, checkpoint: null, archiveSha256: null };
  const { sha256, lastHash } = await archive(db, options.file, from, upTo);
  const checkpoint = { seq: upTo, hash: lastHash };
  await db.transaction().execute(async (trx) => {
    await cutChain(trx, {
      ...checkpoint,
      events: upTo - from,
      before_at: before,
      archive_sha256: sha256,
      created_by: actor.name,
    });
    await insertAuditEvent(trx, {
      userId: actor.userId,
      actor: actor.name,
      action: 'audit.prune',
      entity: 'audit',
      entityId: null,
      after: { checkpoint, events: upTo - from, before, archiveSha256: sha256 },
    });
  });
  return { pruned: upTo - from, checkpoint, archiveSha256: sha256 };
}
