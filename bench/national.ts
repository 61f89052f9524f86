/**
 * National scale on PostgreSQL: 3,000 jurisdictions × 30 items × 12 periods × 10 years
 * (≈ 10.8 M reports), generated in SQL with generate_series (no row-by-row inserts), then the
 * dashboard service called for random plan × period pairs (a random period and its plan);
 * prints the machine, load time and p50/p95.
 * Env: NATIONAL_URL (a server database to create `minsheng_national` in; default local),
 * NATIONAL_JURISDICTIONS (default 3000), NATIONAL_CALLS (default 200), NATIONAL_KEEP=1 to keep it.
 */
import { sql } from 'kysely';
import pg from 'pg';
import { openDatabase } from '../src/server/db/database.ts';
import { migrateToLatest } from '../src/server/db/migrate.ts';
import { SYSTEM } from '../src/server/policies/actor.ts';
import { readDashboard } from '../src/server/services/dashboard.service.ts';
import { machine } from './timing.ts';

const SERVER = process.env.NATIONAL_URL ?? 'postgres://postgres@127.0.0.1:5432/test';
const J = Number(process.env.NATIONAL_JURISDICTIONS ?? 3000);
const CALLS = Number(process.env.NATIONAL_CALLS ?? 200);
const DB_NAME = 'minsheng_national';

/** The generator: each statement fills one table from the previous ones. */
const GENERATE = [
  `INSERT INTO jurisdictions (name) SELECT '辖区' || g FROM generate_series(1, ${J}) g`,
  `INSERT INTO units (name) SELECT '单位' || g FROM generate_series(1, 60) g`,
  `INSERT INTO leaders (name) SELECT '领导' || g FROM generate_series(1, 200) g`,
  `INSERT INTO plans (jurisdiction_id, title, year, declared_item_count, created_at)
     SELECT j.id, '十件民生实事', y, 30, '2025-01-01' FROM jurisdictions j CROSS JOIN generate_series(2015, 2024) y`,
  `INSERT INTO categories (plan_id, position, ordinal, title)
     SELECT p.id, c, c::text, '大类' || c FROM plans p CROSS JOIN generate_series(0, 9) c`,
  `INSERT INTO items (plan_id, category_id, position, no, task, lead_unit_id, start_date, deadline, version, updated_at)
     SELECT c.plan_id, c.id, c.position * 3 + k, (c.position * 3 + k + 1)::text, '新建公路' || (k + 10) || '公里',
            1 + (c.id + k) % 60, '2024-01-01', '2024-12-31', 1, '2025-01-01'
     FROM categories c CROSS JOIN generate_series(0, 2) k`,
  `INSERT INTO item_leaders (item_id, leader_id, position) SELECT id, 1 + id % 200, 0 FROM items`,
  `INSERT INTO responsibilities (item_id, position, unit_id, person_id)
     SELECT i.id, r, 1 + (i.id + r * 7) % 60, NULL FROM items i CROSS JOIN generate_series(0, 1) r`,
  `INSERT INTO periods (plan_id, label, start_date, end_date, due_date, is_open, source_title, warnings, created_at)
     SELECT p.id, '1-' || m || '月', p.year || '-01-01', to_char(make_date(p.year, m, 1) + interval '1 month' - interval '1 day', 'YYYY-MM-DD'),
            NULL, 0, NULL, '[]', '2025-01-01'
     FROM plans p CROSS JOIN generate_series(1, 12) m`,
  `INSERT INTO reports (item_id, period_id, status_label, status_claim, text, state, version, author_unit_id,
                        assessment, expected, progress, decided_by, discrepancy, return_reason, updated_at)
     SELECT i.id, pe.id, '按进度完成', 'on_schedule', '进展', 'published', 1, i.lead_unit_id,
            (ARRAY['completed','on_track','lagging','severely_lagging','unknown'])[1 + (i.id + pe.id) % 5],
            0.5, 0.4, NULL, CASE WHEN (i.id + pe.id) % 7 = 0 THEN '{"message":"差异","messageEn":"gap"}' END, NULL, '2025-01-01'
     FROM items i JOIN periods pe ON pe.plan_id = i.plan_id`,
  'ANALYZE',
];

const percentile = (sorted: number[], p: number) =>
  sorted[Math.min(sorted.length - 1, Math.floor((sorted.length * p) / 100))] ?? 0;

/** Generates the national database (unless already there) and measures the dashboard. */
export async function run(): Promise<void> {
  const admin = new pg.Client({ connectionString: SERVER });
  await admin.connect();
  const exists = (await admin.query('SELECT 1 FROM pg_database WHERE datname = $1', [DB_NAME]))
    .rowCount;
  if (!exists) await admin.query(`CREATE DATABASE ${DB_NAME}`);
  await admin.end();
  const url = SERVER.replace(/\/[^/]*$/, `/${DB_NAME}`);
  const store = openDatabase({ url });
  await migrateToLatest(store);
  const count = async () =>
    Number(
      (await sql<{ n: string }>`SELECT count(*) AS n FROM reports`.execute(store.db)).rows[0]?.n ??
        0,
    );
  if ((await count()) === 0) {
    const started = performance.now();
    for (const statement of GENERATE) {
      const t = performance.now();
      await sql.raw(statement).execute(store.db);
      console.log(
        `  ${statement.split('\n')[0]?.slice(0, 60)}… ${((performance.now() - t) / 1000).toFixed(1)} s`,
      );
    }
    console.log(
      `National data: ${J} jurisdictions, ${await count()} reports, loaded in ${((performance.now() - started) / 1000).toFixed(0)} s`,
    );
  }
  const periods = Number(
    (await sql<{ n: string }>`SELECT max(id) AS n FROM periods`.execute(store.db)).rows[0]?.n ?? 0,
  );
  const timings: number[] = [];
  for (let i = 0; i < CALLS; i++) {
    // A random period, then its plan (looked up outside the timing): each call asks for a
    // period the dashboard has not just read, as an office moving between years would.
    const periodId = 1 + Math.floor(Math.random() * periods);
    const planId = Number(
      (
        await sql<{ plan_id: number }>`SELECT plan_id FROM periods WHERE id = ${periodId}`.execute(
          store.db,
        )
      ).rows[0]?.plan_id,
    );
    const t = performance.now();
    await readDashboard(store.db, SYSTEM, planId, periodId);
    timings.push(performance.now() - t);
  }
  timings.sort((a, b) => a - b);
  console.log(machine());
  console.log(
    `National dashboard (${CALLS} random plan × period pairs, service + PostgreSQL): p50 ${percentile(timings, 50).toFixed(1)} ms, ` +
      `p95 ${percentile(timings, 95).toFixed(1)} ms, lowest ${timings[0]?.toFixed(1)} ms, highest ${timings.at(-1)?.toFixed(1)} ms (goal < 100 ms)`,
  );
  await store.destroy();
  if (process.env.NATIONAL_KEEP !== '1') {
    const drop = new pg.Client({ connectionString: SERVER });
    await drop.connect();
    await drop.query(`DROP DATABASE ${DB_NAME}`);
    await drop.end();
  }
}

if (import.meta.url === `file://${process.argv[1]}`) await run();
