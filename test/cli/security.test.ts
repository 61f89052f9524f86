/**
 * The security commands as an operator runs them: user add refusing a mistyped unit with the close
 * matches unless --new-unit, unlock/disable, audit verify (database and exported file) naming a
 * tampered event, audit export, prune keeping the chain verifiable, backup → restore.
 */
import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openDatabase } from '../../src/server/db/database.ts';
import { SYSTEM } from '../../src/server/policies/actor.ts';
import { insertAuditEvent } from '../../src/server/repositories/audit.repository.ts';
import { verifyAuditLog } from '../../src/server/services/audit.service.ts';
import { pruneAuditLog } from '../../src/server/services/audit-retention.service.ts';
import { BIN, runCli } from './run-cli.ts';

const dir = mkdtempSync(join(tmpdir(), 'minsheng-sec-cli-'));
const db = `sqlite:${join(dir, 'minsheng.db')}`;
const PASSWORD = 'Operator pass 2026';

describe('security commands', () => {
  beforeAll(() => {
    expect(runCli(['import', 'samples/shiyi-2024-jan-jun.txt', '--db', db]).code).toBe(0);
  });

  it('refuses a mistyped unit with the close matches, and adds it with --new-unit', () => {
    const typo = runCli(
      [
        'user',
        'add',
        '张三',
        '--role',
        'reporter',
        '--unit',
        '市卫生建康局',
        '--password-stdin',
        '--db',
        db,
      ],
      PASSWORD,
    );
    expect(typo.code).toBe(1);
    expect(typo.stderr).toContain('市卫生健康局');
    expect(typo.stderr).toContain('--new-unit');
    const added = runCli(
      [
        'user',
        'add',
        '张三',
        '--role',
        'reporter',
        '--unit',
        '市新设局',
        '--new-unit',
        '--password-stdin',
        '--db',
        db,
      ],
      PASSWORD,
    );
    expect(added.code).toBe(0);
    const weak = runCli(
      ['user', 'add', '李四', '--role', 'admin', '--password-stdin', '--db', db],
      'secret',
    );
    expect(weak.code).toBe(1);
    expect(weak.stderr).toContain('10');
  });

  it('unlocks, disables and enables an account', () => {
    for (const action of ['unlock', 'disable', 'enable'])
      expect(runCli(['user', action, '张三', '--db', db]).code).toBe(0);
    expect(runCli(['user', 'unlock', 'nobody', '--db', db]).code).toBe(1);
  });

  it('exports the log and verifies it, in the database and as a file', () => {
    const out = join(dir, 'audit.jsonl');
    expect(runCli(['audit', 'export', '-o', out, '--db', db]).code).toBe(0);
    const verified = runCli(['audit', 'verify', '--db', db]);
    expect(verified.code).toBe(0);
    expect(verified.stdout).toContain('audit log intact');
    expect(runCli(['audit', 'verify', '--file', out]).code).toBe(0);
    const lines = readFileSync(out, 'utf8').trim().split('\n');
    const edited = JSON.parse(lines[1] ?? '{}');
    edited.actor = 'someone else';
    lines[1] = JSON.stringify(edited);
    writeFileSync(out, `${lines.join('\n')}\n`);
    const tampered = runCli(['audit', 'verify', '--file', out]);
    expect(tampered.code).toBe(1);
    expect(tampered.stdout).toContain(`Audit event #${edited.seq} was edited`);
  });

  it('backs up and restores', () => {
    const file = join(dir, 'backup.db');
    expect(runCli(['backup', '-o', file, '--db', db]).code).toBe(0);
    const target = `sqlite:${join(dir, 'restored.db')}`;
    const restored = runCli(['restore', file, '--db', target]);
    expect(restored.code).toBe(0);
    expect(restored.stdout).toContain('intact');
    expect(runCli(['restore', file, '--db', target]).code).toBe(1); // holds data now: --force
  });
});

describe('audit retention', () => {
  const store = openDatabase({ url: join(dir, 'minsheng.db') });
  afterAll(() => store.destroy());

  it('prunes nothing younger than the retention, then archives the older events and keeps the chain verifiable', async () => {
    const early = await pruneAuditLog(store.db, { file: join(dir, 'none.jsonl'), at: new Date() });
    expect(early.pruned).toBe(0);
    const later = new Date(Date.now() + 181 * 86_400_000);
    const archive = join(dir, 'archive.jsonl');
    const result = await pruneAuditLog(store.db, { file: archive, at: later });
    expect(result.pruned).toBeGreaterThan(5);
    expect(runCli(['audit', 'verify', '--file', archive]).code).toBe(0);
    await insertAuditEvent(store.db, {
      userId: null,
      actor: 'test',
      action: 'test.after',
      entity: 'plan',
      entityId: null,
    });
    const verification = await verifyAuditLog(store.db, SYSTEM);
    expect(verification).toMatchObject({ ok: true, start: result.checkpoint });
    const pruned = await store.db
      .selectFrom('audit_events')
      .select('seq')
      .where('seq', '<=', result.checkpoint?.seq ?? 0)
      .execute();
    expect(pruned).toEqual([]);
    // Younger events still refuse deletion.
    await expect(store.db.deleteFrom('audit_events').execute()).rejects.toThrow(/append-only/);
  });
});

describe('minsheng serve on an empty database', () => {
  it('creates the office and the three administrators, printing each one-time password once', async () => {
    const url = `sqlite:${join(dir, 'first.db')}`;
    const server = spawn(process.execPath, [BIN, 'serve', '--port', '0', '--db', url], {
      env: { ...process.env, NO_COLOR: '1' },
    });
    let out = '';
    server.stdout.on('data', (chunk) => {
      out += chunk;
    });
    try {
      while (!out.includes('Minsheng: http')) await once(server.stdout, 'data');
    } finally {
      server.kill('SIGTERM');
      await once(server, 'exit');
    }
    expect(out).toContain('首次登录须修改');
    for (const [name, zh] of [
      ['admin', '督查室'],
      ['sysadmin', '系统管理员'],
      ['secadmin', '安全管理员'],
      ['auditor', '审计管理员'],
    ])
      expect(out).toMatch(new RegExp(`${name}\\s+\\S{20,}\\s+${zh}`));
  });
});
