/**
 * `minsheng audit verify|export|prune`: check the hash chain (of the database, or of an exported
 * file on its own), export it for the assessor, archive and prune what is older than the retention.
 */

import { once } from 'node:events';
import { createWriteStream, readFileSync } from 'node:fs';
import { ChainVerifier, type StoredEvent } from '../../server/audit/verify-chain.ts';
import { SYSTEM } from '../../server/policies/actor.ts';
import type { AuditVerification } from '../../server/presenters/audit.presenter.ts';
import { exportAuditLog, verifyAuditLog } from '../../server/services/audit.service.ts';
import { pruneAuditLog } from '../../server/services/audit-retention.service.ts';
import { parseCommandArgs, refuse } from '../args.ts';
import { InputError } from '../input-error.ts';
import { UsageError } from '../usage-error.ts';
import { withStore } from '../with-store.ts';

/** Checks an exported file on its own: each event's hash and each link to the one before. */
function verifyFile(path: string): Pick<AuditVerification, 'ok' | 'events' | 'head' | 'problems'> {
  const events = readFileSync(path, 'utf8')
    .split('\n')
    .filter((line) => line.trim())
    .map((line, i) => {
      try {
        return JSON.parse(line) as StoredEvent;
      } catch {
        throw new InputError(`第${i + 1}行不是 JSON`, `Line ${i + 1} is not JSON`);
      }
    });
  const first = events[0];
  const last = events.at(-1);
  if (!first || !last) throw new InputError('文件中没有事件', 'The file holds no events');
  const head = { seq: last.seq, hash: last.hash };
  const verifier = new ChainVerifier({ seq: first.seq - 1, hash: first.prevHash }, head);
  for (const event of events) verifier.push(event);
  verifier.finish();
  return {
    ok: verifier.problems.length === 0,
    events: verifier.events,
    head,
    problems: verifier.problems,
  };
}

function report(result: Pick<AuditVerification, 'ok' | 'events' | 'head' | 'problems'>): number {
  for (const problem of result.problems)
    process.stdout.write(`${problem.message} / ${problem.messageEn}\n`);
  process.stdout.write(
    result.ok
      ? `审计日志完好 / audit log intact: ${result.events} 条 / events, 链头 / head #${result.head.seq} ${result.head.hash}\n`
      : `审计日志异常 / audit log tampered: ${result.problems.length} 处 / problems\n`,
  );
  return result.ok ? 0 : 1;
}

/** Runs `minsheng audit verify|export|prune`. */
export async function runAudit(args: string[]): Promise<number> {
  const { values, positionals } = parseCommandArgs({
    args,
    allowPositionals: true,
    options: {
      file: { type: 'string' },
      output: { type: 'string', short: 'o' },
      from: { type: 'string' },
      to: { type: 'string' },
      archive: { type: 'string' },
      db: { type: 'string' },
    },
  });
  const [action, ...extra] = positionals;
  if (extra.length > 0) throw refuse.extra(extra);
  if (action === 'verify' && values.file) return report(verifyFile(values.file));
  if (action === 'verify')
    return withStore(values.db, async (store) => report(await verifyAuditLog(store.db, SYSTEM)));
  if (action === 'export')
    return withStore(values.db, async (store) => {
      const lines = await exportAuditLog(store.db, SYSTEM, {
        from: values.from && new Date(values.from).toISOString(),
        to: values.to && new Date(values.to).toISOString(),
      });
      const out = values.output
        ? createWriteStream(values.output, { mode: 0o600 })
        : process.stdout;
      for await (const line of lines) if (!out.write(line)) await once(out, 'drain');
      if (out !== process.stdout) {
        out.end();
        await once(out, 'finish');
      }
      return 0;
    });
  if (action === 'prune' && values.archive) {
    const file = values.archive;
    return withStore(values.db, async (store) => {
      const result = await pruneAuditLog(store.db, { file, at: new Date() });
      process.stdout.write(
        result.checkpoint
          ? `已归档并清理 / archived and pruned: ${result.pruned} 条 / events → ${file} (sha256 ${result.archiveSha256}); 链从 / chain starts after #${result.checkpoint.seq}\n`
          : '没有超过保存期限的事件 / no event is older than the retention\n',
      );
      return 0;
    });
  }
  if (action === 'prune')
    throw new UsageError('需要 --archive 归档文件', '--archive FILE is required');
  throw refuse.action(['verify', 'export', 'prune'], action);
}
