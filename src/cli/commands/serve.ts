/** `minsheng serve`: migrate, load demo data on an empty database, create the first admin, listen. */
import { parseArgs } from 'node:util';
import { buildApp, defaultDataDir } from '../../server/app.ts';
import { loadDataKey, personalDataCipher } from '../../server/crypto/personal-data.ts';
import { systemClock } from '../../server/db/clock.ts';
import { openDatabase, resolveDatabaseUrl } from '../../server/db/database.ts';
import { migrateToLatest } from '../../server/db/migrate.ts';
import { loadDemoIfEmpty } from '../../server/demo/load-demo.ts';
import { startScheduler } from '../../server/jobs/scheduler.ts';
import { ensureAdmin } from '../../server/services/user.service.ts';
import { UsageError } from '../usage-error.ts';

export const SERVE_USAGE =
  'minsheng serve [--port N] [--host ADDR] [--db URL]   (env PORT, HOST, DATABASE_URL)';

export async function runServe(args: string[]): Promise<number> {
  const { values } = parseArgs({
    args,
    options: { port: { type: 'string' }, host: { type: 'string' }, db: { type: 'string' } },
  });
  const port = Number(values.port ?? process.env.PORT ?? 3000);
  if (!Number.isInteger(port) || port < 0 || port > 65535)
    throw new UsageError(`--port 0-65535\n${SERVE_USAGE}`);
  const store = openDatabase({ url: resolveDatabaseUrl(values.db) });
  await migrateToLatest(store);
  if (await loadDemoIfEmpty(store))
    process.stdout.write('已载入示例数据 / demo data loaded (samples/shiyi-2024-*)\n');
  const password = await ensureAdmin(store.db);
  if (password) {
    process.stdout.write(
      `已创建管理员 admin，一次性密码 / admin created, one-time password: ${password}\n`,
    );
    process.stdout.write('请登录后立即修改：minsheng user passwd admin --password-stdin\n');
  }
  const dataDir = defaultDataDir();
  // Loaded now, so a missing MINSHENG_DATA_KEY is said at start, not at the first reminder.
  const dataKey = loadDataKey({
    dataDir,
    warn: (message) => process.stderr.write(`警告 / warning: ${message}\n`),
  });
  const app = await buildApp({
    store,
    dataDir,
    dataKey,
    logger: { level: process.env.LOG_LEVEL ?? 'warn' },
  });
  const address = await app.listen({ port, host: values.host ?? process.env.HOST ?? '127.0.0.1' });
  process.stdout.write(
    `Minsheng: ${address}/  办公系统 / office app\n          ${address}/p/  公开页面 / public pages\n          ${address}/api/docs  API\n`,
  );
  const scheduler = startScheduler({
    store,
    clock: systemClock,
    personalData: personalDataCipher(dataKey),
    intervalMs: Number(process.env.MINSHENG_WORK_INTERVAL_MS ?? 60_000),
    log: (line) => app.log.info(line),
    onError: (error) => app.log.error({ err: error }, 'due work failed'),
  });
  await new Promise<void>((resolve) => {
    for (const signal of ['SIGINT', 'SIGTERM'] as const) process.once(signal, () => resolve());
  });
  await scheduler.stop();
  await app.close();
  await store.destroy();
  return 0;
}
