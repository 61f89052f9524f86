/**
 * API throughput: requests/s and p99 latency of the item list and the dashboard at 50
 * connections over loopback (autocannon), each as a ratio to a bare Fastify route that returns
 * the same JSON from memory, measured in the same run. Demo data on a temporary SQLite file.
 * `node --import tsx bench/api.ts` or `benchApi()` from bench/run.ts.
 */

import { execFile } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import Fastify from 'fastify';
import { buildApp } from '../src/server/app.ts';
import { openDatabase } from '../src/server/db/database.ts';
import { migrateToLatest } from '../src/server/db/migrate.ts';
import { loadDemoIfEmpty } from '../src/server/demo/load-demo.ts';
import { addBenchAdmin, BENCH_LOGIN } from './account.ts';
import { spread } from './timing.ts';

const SECONDS = Number(process.env.BENCH_SECONDS ?? 5);
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 3);
const AUTOCANNON = createRequire(import.meta.url).resolve('autocannon/autocannon.js');
const run = promisify(execFile);

interface Figures {
  rps: number;
  p99: number;
}

/**
 * Load from a second process, so the load generator does not steal the server's event loop and
 * latencies are the server's own.
 */
async function measure(url: string, headers: Record<string, string> = {}): Promise<Figures> {
  const args = [AUTOCANNON, '-c', '50', '-d', String(SECONDS), '-j'];
  for (const [key, value] of Object.entries(headers)) args.push('-H', `${key}=${value}`);
  const { stdout } = await run(process.execPath, [...args, url], { maxBuffer: 16 * 2 ** 20 });
  const result = JSON.parse(stdout) as {
    non2xx: number;
    errors: number;
    requests: { average: number };
    latency: { p99: number };
  };
  if (result.non2xx > 0 || result.errors > 0)
    throw new Error(`${url}: ${result.non2xx} non-2xx, ${result.errors} errors`);
  return { rps: result.requests.average, p99: result.latency.p99 };
}

/** Runs the API benchmark and prints one line per endpoint. */
export async function benchApi(): Promise<void> {
  const dir = mkdtempSync(join(tmpdir(), 'minsheng-bench-'));
  const store = openDatabase({ url: join(dir, 'bench.db') });
  await migrateToLatest(store);
  await loadDemoIfEmpty(store);
  await addBenchAdmin(store.db);
  const app = await buildApp({ store, docs: false });
  const base = await app.listen({ port: 0, host: '127.0.0.1' });
  const login = await app.inject({
    method: 'POST',
    url: '/api/auth/login',
    payload: BENCH_LOGIN,
  });
  const cookie = `minsheng_session=${login.cookies.find((c) => c.name === 'minsheng_session')?.value}`;

  console.log(
    `API (autocannon, 50 connections, ${SECONDS}s each, loopback; SQLite demo data; ${ROUNDS} rounds of bare then real, median (lowest–highest))`,
  );
  for (const [name, path] of [
    ['item list', '/api/plans/1/items'],
    ['dashboard', '/api/plans/1/dashboard'],
  ] as const) {
    const body = (await app.inject({ method: 'GET', url: path, headers: { cookie } })).body;
    const bare = Fastify();
    bare.get('/', (_request, reply) => reply.type('application/json').send(body));
    const bareUrl = await bare.listen({ port: 0, host: '127.0.0.1' });
    const rounds: { real: Figures; baseline: Figures }[] = [];
    for (let round = 0; round < ROUNDS; round++) {
      const baseline = await measure(bareUrl);
      rounds.push({ baseline, real: await measure(`${base}${path}`, { cookie }) });
    }
    await bare.close();
    const show = (values: number[], digits: number) => {
      const s = spread(values);
      return `${s.median.toFixed(digits)} (${s.low.toFixed(digits)}–${s.high.toFixed(digits)})`;
    };
    // The ratio is our throughput as a share of a bare route serving the same bytes: 1 would
    // mean the work behind the route (session, scope, queries, JSON) costs nothing.
    console.log(
      `  ${name.padEnd(10)} ${show(
        rounds.map((r) => r.real.rps),
        0,
      )} req/s, p99 ${show(
        rounds.map((r) => r.real.p99),
        0,
      )} ms | bare ${show(
        rounds.map((r) => r.baseline.rps),
        0,
      )} req/s | ratio ${show(
        rounds.map((r) => r.real.rps / r.baseline.rps),
        2,
      )} (${(body.length / 1024).toFixed(1)} KB)`,
    );
  }
  await app.close();
  await store.destroy();
  rmSync(dir, { recursive: true, force: true });
}

if (import.meta.url === `file://${process.argv[1]}`) await benchApi();
