/**
 * Heavy work against a light request: the worst latency of `GET /api/auth/me` (signed in) while a
 * 20,000-row table is imported and eight large tables are downloaded at once, as a ratio to its
 * worst latency at rest, measured in the same run over loopback on a temporary SQLite file.
 * `node --import tsx bench/heavy.ts` or `benchHeavy()` from bench/run.ts.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { readPlanText } from '../src/core/read-plan.ts';
import { buildApp } from '../src/server/app.ts';
import { openDatabase } from '../src/server/db/database.ts';
import { migrateToLatest } from '../src/server/db/migrate.ts';
import { SYSTEM } from '../src/server/policies/actor.ts';
import { importReading } from '../src/server/services/import.service.ts';
import { addBenchAdmin, BENCH_LOGIN } from './account.ts';
import { generateTable } from './generate-table.ts';

const PROBES_AT_REST = 200;

/** Latencies (ms) of `me` requests sent one after another until `done()` says stop. */
async function probe(url: string, cookie: string, done: () => boolean): Promise<number[]> {
  const latencies: number[] = [];
  while (!done()) {
    const start = performance.now();
    const response = await fetch(url, { headers: { cookie } });
    await response.arrayBuffer();
    latencies.push(performance.now() - start);
  }
  return latencies;
}

/** Runs the heavy-work benchmark and prints its lines. */
export async function benchHeavy(): Promise<void> {
  const dir = mkdtempSync(join(tmpdir(), 'minsheng-heavy-'));
  const store = openDatabase({ url: join(dir, 'bench.db') });
  await migrateToLatest(store);
  const big = await importReading(store.db, readPlanText(generateTable(2_000, 7)), {
    actor: SYSTEM,
    state: 'published',
  });
  await addBenchAdmin(store.db);
  const app = await buildApp({
    store,
    docs: false,
    downloadRateLimit: { user: 1000, public: 1000 },
  });
  const base = await app.listen({ port: 0, host: '127.0.0.1' });
  const login = await fetch(`${base}/api/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(BENCH_LOGIN),
  });
  const { csrfToken } = (await login.json()) as { csrfToken: string };
  const cookie = (login.headers.get('set-cookie') ?? '').split(';')[0] ?? '';
  const me = `${base}/api/auth/me`;

  let n = 0;
  const rest = await probe(me, cookie, () => n++ >= PROBES_AT_REST);
  const form = new FormData();
  const table = generateTable(20_000, 11).replace('2020年', '2019年');
  form.set('file', new Blob([table]), 'table.txt');
  const started = performance.now();
  let busy = true;
  const work = Promise.all([
    fetch(`${base}/api/imports`, {
      method: 'POST',
      headers: { cookie, 'x-csrf-token': csrfToken },
      body: form,
    }).then((r) => r.status),
    ...['docx', 'xlsx', 'csv', 'html'].flatMap((format) =>
      ['true', 'false'].map((assessment) =>
        fetch(`${base}/api/plans/${big.plan.id}/table.${format}?assessment=${assessment}`, {
          headers: { cookie },
        }).then(async (r) => {
          await r.arrayBuffer();
          return r.status;
        }),
      ),
    ),
  ]).finally(() => {
    busy = false;
  });
  const during = await probe(me, cookie, () => !busy);
  const statuses = await work;
  const seconds = (performance.now() - started) / 1000;
  const worst = (xs: number[]) => Math.max(...xs);
  console.log('Heavy work (20,000-row import + 8 large downloads at once; SQLite, loopback)');
  console.log(
    `  /api/auth/me worst ${worst(during).toFixed(0)} ms during (${during.length} requests in ` +
      `${seconds.toFixed(1)} s) | at rest ${worst(rest).toFixed(1)} ms | ratio ` +
      `${(worst(during) / worst(rest)).toFixed(1)} | statuses ${[...new Set(statuses)].join(',')}`,
  );
  await app.close();
  await store.destroy();
  rmSync(dir, { recursive: true, force: true });
}

if (import.meta.url === `file://${process.argv[1]}`) await benchHeavy();
