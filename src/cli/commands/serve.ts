/**
 * `minsheng serve`: migrate, load demo data on an empty database, create the first accounts (the
 * office and the three administrators, each with a one-time password printed once), listen.
 */
import { buildApp, defaultDataDir } from '../../server/app.ts';
import { loadDataKey, personalDataCipher } from '../../server/crypto/personal-data.ts';
import { systemClock } from '../../server/db/clock.ts';
import { openDatabase, resolveDatabaseUrl } from '../../server/db/database.ts';
import { migrateToLatest } from '../../server/db/migrate.ts';
import { loadDemoIfEmpty } from '../../server/demo/load-demo.ts';
import { startScheduler } from '../../server/jobs/scheduler.ts';
import { ensureAdministrators, FIRST_ACCOUNTS } from '../../server/services/user.service.ts';
import { parseCommandArgs } from '../args.ts';
import { UsageError } from '../usage-error.ts';

/** The first accounts and their one-time passwords, as a short table in both languages. */
function printFirstAccounts(accounts: { name: string; password: string }[]): void {
  const rows = accounts.map(({ name, password }) => {
    const about = FIRST_ACCOUNTS.find((a) => a.name === name);
    return `  ${name.padEnd(9)} ${password}   ${about?.zh ?? ''} / ${about?.en ?? ''}`;
  });
  process.stdout.write(
    [
      '已创建初始账号，一次性密码只显示这一次，首次登录须修改 / first accounts created; one-time passwords, shown once, to be changed at first sign-in:',
      ...rows,
      '',
    ].join('\n'),
  );
}

/** MINSHENG_TRUSTED_PROXIES: comma-separated addresses or CIDR ranges of the reverse proxies. */
const trustedProxies = (): string[] =>
  (process.env.MINSHENG_TRUSTED_PROXIES ?? '')
    .split(',')
    .map((s) => s.trim())
    .filter(Boolean);

export async function runServe(args: string[]): Promise<number> {
  const { values } = parseCommandArgs({
    args,
    options: { port: { type: 'string' }, host: { type: 'string' }, db: { type: 'string' } },
  });
  const port = Number(values.port ?? process.env.PORT ?? 3000);
  if (!Number.isInteger(port) || port < 0 || port > 65535)
    throw new UsageError(`--port 需要 0-65535：${port}`, `--port needs 0-65535: ${port}`);
  const store = openDatabase({ url: resolveDatabaseUrl(values.db) });
  await migrateToLatest(store);
  if (await loadDemoIfEmpty(store))
    process.stdout.write('已载入示例数据 / demo data loaded (samples/shiyi-2024-*)\n');
  const created = await ensureAdministrators(store.db);
  if (created.length > 0) printFirstAccounts(created);
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
    trustedProxies: trustedProxies(),
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
