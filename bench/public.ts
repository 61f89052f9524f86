/**
 * The public item page, as a citizen's phone gets it:
 * - throughput: req/s and p99 at 50 connections (autocannon in a second process), as a ratio to
 *   a bare Fastify route serving the same bytes from memory, measured in the same run
 *   (alternating rounds; the median round is printed);
 * - weight: the bytes on the wire for the page and everything it loads (gzip where we serve it);
 * - first render: first-contentful-paint in Chromium with the CPU throttled 4×, as a ratio to a
 *   static copy of the same page (same HTML, style sheet and image, from memory).
 * Demo data on a temporary SQLite file. `node --import tsx bench/public.ts` or from bench/run.ts.
 */
import { execFile } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { gzipSync } from 'node:zlib';
import Fastify from 'fastify';
import { chromium } from 'playwright-core';
import { buildApp } from '../src/server/app.ts';
import { openDatabase } from '../src/server/db/database.ts';
import { migrateToLatest } from '../src/server/db/migrate.ts';
import { loadDemoIfEmpty } from '../src/server/demo/load-demo.ts';

const SECONDS = Number(process.env.BENCH_SECONDS ?? 5);
const LOADS = 7;
const ROUNDS = 3;
const AUTOCANNON = createRequire(import.meta.url).resolve('autocannon/autocannon.js');
const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const PAGE = '/p/items/1';

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? NaN;
const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;

/** autocannon against `url`, and the CPU this process spent per answered request meanwhile. */
async function load(url: string, seconds = SECONDS) {
  const cpu = process.cpuUsage();
  const { stdout } = await promisify(execFile)(
    process.execPath,
    [AUTOCANNON, '-c', '50', '-d', String(seconds), '-j', url],
    { maxBuffer: 16 * 2 ** 20 },
  );
  const used = process.cpuUsage(cpu);
  const r = JSON.parse(stdout) as {
    non2xx: number;
    requests: { average: number; total: number };
    latency: { p99: number };
  };
  if (r.non2xx > 0) throw new Error(`${url}: ${r.non2xx} non-2xx answers`);
  return {
    rps: r.requests.average,
    p99: r.latency.p99,
    cpuPerRequest: (used.user + used.system) / Math.max(1, r.requests.total),
  };
}

type Load = Awaited<ReturnType<typeof load>>;

/** Median first-contentful-paint of `url` over fresh browser contexts, CPU throttled 4×. */
async function firstPaint(url: string): Promise<number> {
  const browser = await chromium.launch({
    executablePath: CHROMIUM,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
    ],
  });
  const paints: number[] = [];
  for (let i = 0; i < LOADS; i++) {
    const context = await browser.newContext({ viewport: { width: 375, height: 812 } });
    const page = await context.newPage();
    const cdp = await context.newCDPSession(page);
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
    await page.goto(url, { waitUntil: 'load' });
    // The paint may come after the load event when the CPU is slow: wait for its entry.
    const paint = await page.evaluate(`new Promise((resolve) =>
      new PerformanceObserver((list) => {
        const fcp = list.getEntriesByName('first-contentful-paint')[0];
        if (fcp) resolve(fcp.startTime);
      }).observe({ type: 'paint', buffered: true }))`);
    paints.push(Number(paint));
    await context.close();
  }
  await browser.close();
  return median(paints);
}

/** Runs the public page benchmark and prints its lines. */
export async function benchPublic(): Promise<void> {
  const dir = mkdtempSync(join(tmpdir(), 'minsheng-bench-public-'));
  const store = openDatabase({ url: join(dir, 'bench.db') });
  await migrateToLatest(store);
  await loadDemoIfEmpty(store);
  const app = await buildApp({ store, docs: false, webRoot: null });
  const base = await app.listen({ port: 0, host: '127.0.0.1' });
  const get = (path: string, headers: Record<string, string> = {}) =>
    app.inject({ method: 'GET', url: path, headers });
  const page = await get(PAGE);
  const css = /href="(\/p\/assets\/site\.css[^"]*)"/.exec(page.body)?.[1] ?? '';
  const qr = /src="(\/api\/public\/items\/1\/qr\.svg)"/.exec(page.body)?.[1] ?? '';
  const [cssBody, qrBody] = await Promise.all([get(css), get(qr)]);

  // A bare server holding the same bytes at the same addresses.
  const bare = Fastify();
  const files: [string, string, Buffer][] = [
    [PAGE, 'text/html; charset=utf-8', page.rawPayload],
    [css.split('?')[0] ?? '', 'text/css; charset=utf-8', cssBody.rawPayload],
    [qr, 'image/svg+xml', qrBody.rawPayload],
  ];
  for (const [path, type, body] of files)
    bare.get(path, (_q, reply) => reply.type(type).send(body));
  const bareBase = await bare.listen({ port: 0, host: '127.0.0.1' });

  console.log(
    `Public item page ${PAGE} (SQLite demo data; autocannon 50 connections, ${SECONDS}s)`,
  );
  // Both warmed first (JIT, caches), then measured in alternating rounds, so a change in the
  // machine's load between two runs weighs on both sides of a round's ratio alike.
  await Promise.all([load(`${bareBase}${PAGE}`, 2), load(`${base}${PAGE}`, 2)]);
  const rounds: { baseline: Load; real: Load; ratio: number }[] = [];
  for (let i = 0; i < ROUNDS; i++) {
    const baseline = await load(`${bareBase}${PAGE}`);
    const real = await load(`${base}${PAGE}`);
    rounds.push({ baseline, real, ratio: real.rps / baseline.rps });
  }
  const mid = rounds.sort((a, b) => a.ratio - b.ratio)[Math.floor(ROUNDS / 2)];
  const cpu = (pick: (r: (typeof rounds)[number]) => number) => median(rounds.map(pick));
  const [ourCpu, bareCpu] = [
    cpu((r) => r.real.cpuPerRequest),
    cpu((r) => r.baseline.cpuPerRequest),
  ];
  if (mid)
    console.log(
      `  throughput ${mid.real.rps.toFixed(0)} req/s, p99 ${mid.real.p99} ms | bare ${mid.baseline.rps.toFixed(0)} req/s, p99 ${mid.baseline.p99} ms` +
        ` | ratio ${mid.ratio.toFixed(2)}, p99 ×${(mid.real.p99 / mid.baseline.p99).toFixed(1)} (median of ${ROUNDS} rounds: ${rounds.map((r) => r.ratio.toFixed(2)).join(' ')}; goal ≥ 0.5)`,
    );
  // CPU time per request hardly depends on what else the machine runs; req/s does.
  console.log(
    `  server CPU per request ${ourCpu.toFixed(0)} µs | bare ${bareCpu.toFixed(0)} µs | ratio ${(bareCpu / ourCpu).toFixed(2)} (throughput the CPU allows, relative to bare)`,
  );
  const gz = (await get(PAGE, { 'accept-encoding': 'gzip' })).rawPayload.length;
  const qrGz = (await get(qr, { 'accept-encoding': 'gzip' })).rawPayload.length;
  const cssRaw = cssBody.rawPayload.length;
  const cssGz = gzipSync(cssBody.rawPayload).length;
  console.log(
    `  weight: page ${kb(page.rawPayload.length)} (${kb(gz)} gzip) + style sheet ${kb(cssRaw)} (${kb(cssGz)} gzip) + 民生码 ${kb(qrGz)} gzip, no script` +
      ` = ${kb(gz + cssRaw + qrGz)} as served, ${kb(gz + cssGz + qrGz)} with the style sheet gzipped by a proxy (goal < 60 KB)`,
  );
  if (existsSync(CHROMIUM)) {
    const [ours, copy] = [
      await firstPaint(`${base}${PAGE}`),
      await firstPaint(`${bareBase}${PAGE}`),
    ];
    console.log(
      `  first paint, CPU 4× slower: ${ours.toFixed(0)} ms | static copy ${copy.toFixed(0)} ms | ratio ${(ours / copy).toFixed(2)} (median of ${LOADS})`,
    );
  } else console.log(`  first paint: skipped (no Chromium at ${CHROMIUM})`);
  await bare.close();
  await app.close();
  await store.destroy();
  rmSync(dir, { recursive: true, force: true });
}

if (import.meta.url === `file://${process.argv[1]}`) await benchPublic();
