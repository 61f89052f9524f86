/**
 * The office web app: its JS and CSS as shipped (gzip), in total, for the first page and for
 * the cockpit's route; and time to interactive of the cockpit in Chromium on the demo plan, as a
 * ratio to a static page of the same content (the cockpit's rendered HTML without script)
 * served from memory in the same run. `node --import tsx bench/web.ts` or `benchWeb()`.
 */
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import Fastify from 'fastify';
import { type Browser, chromium } from 'playwright-core';
import { buildApp } from '../src/server/app.ts';
import { openDatabase } from '../src/server/db/database.ts';
import { migrateToLatest } from '../src/server/db/migrate.ts';
import { loadDemoIfEmpty } from '../src/server/demo/load-demo.ts';
import { addBenchAdmin, BENCH_LOGIN } from './account.ts';
import { median } from './timing.ts';

const WEB = 'dist/web';
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 5);
const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
/** The cockpit is interactive once its first list and its chart are drawn. */
const READY = '.ms-discrepancies svg, .ms-discrepancies .ant-list-item';

interface ManifestChunk {
  file: string;
  css?: string[];
  imports?: string[];
  isEntry?: boolean;
}
type Manifest = Record<string, ManifestChunk>;

const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;
const gzipOf = (file: string) => gzipSync(readFileSync(join(WEB, file)), { level: 9 }).length;

/** Every file a manifest entry loads: its chunk, the chunks it imports, their CSS. */
function filesOf(manifest: Manifest, key: string, seen = new Set<string>()): Set<string> {
  const chunk = manifest[key];
  if (!chunk || seen.has(chunk.file)) return seen;
  seen.add(chunk.file);
  for (const css of chunk.css ?? []) seen.add(css);
  for (const next of chunk.imports ?? []) filesOf(manifest, next, seen);
  return seen;
}

function sizes(): void {
  const manifest = JSON.parse(readFileSync(join(WEB, '.vite/manifest.json'), 'utf8')) as Manifest;
  const all = new Set(Object.values(manifest).flatMap((c) => [c.file, ...(c.css ?? [])]));
  const first = filesOf(manifest, 'index.html');
  const cockpit = [...filesOf(manifest, 'scenes/cockpit/CockpitScene.tsx')].filter(
    (f) => !first.has(f),
  );
  const sum = (files: Iterable<string>, ext: string) =>
    [...files].filter((f) => f.endsWith(ext)).reduce((n, f) => n + gzipOf(f), 0);
  console.log('Office web app (gzip -9 of the built assets)');
  for (const [name, files] of [
    ['everything', all],
    ['first page (login, frame)', first],
    ['cockpit route, beyond it', cockpit],
  ] as const)
    console.log(
      `  ${name.padEnd(26)} JS ${kb(sum(files, '.js')).padStart(9)}   CSS ${kb(sum(files, '.css'))}`,
    );
}

/** Milliseconds from navigation to the cockpit's first list drawn, median of ROUNDS cold loads. */
async function timeToReady(
  browser: Browser,
  url: string,
  cookie?: { name: string; value: string; url: string },
) {
  const times: number[] = [];
  for (let i = 0; i < ROUNDS; i++) {
    const context = await browser.newContext({ viewport: { width: 1366, height: 900 } });
    if (cookie) await context.addCookies([cookie]);
    const page = await context.newPage();
    const start = performance.now();
    await page.goto(url);
    await page.waitForSelector(READY);
    times.push(performance.now() - start);
    await context.close();
  }
  return median(times);
}

async function interactive(): Promise<void> {
  const dir = mkdtempSync(join(tmpdir(), 'minsheng-bench-web-'));
  const store = openDatabase({ url: join(dir, 'bench.db') });
  await migrateToLatest(store);
  await loadDemoIfEmpty(store);
  await addBenchAdmin(store.db);
  const app = await buildApp({ store, docs: false });
  const base = await app.listen({ port: 0, host: '127.0.0.1' });
  const browser = await chromium.launch({
    executablePath: CHROMIUM,
    args: ['--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking'],
  });
  const bare = Fastify();
  try {
    const login = await app.inject({
      method: 'POST',
      url: '/api/auth/login',
      payload: BENCH_LOGIN,
    });
    const session = login.cookies.find((c) => c.name === 'minsheng_session')?.value ?? '';
    const cookie = { name: 'minsheng_session', value: session, url: base };
    // The same content as a static page: the rendered cockpit with its styles, without script.
    const context = await browser.newContext({ viewport: { width: 1366, height: 900 } });
    await context.addCookies([cookie]);
    const page = await context.newPage();
    await page.goto(`${base}/cockpit`);
    await page.waitForSelector(READY);
    const html = (await page.content()).replace(/<script\b[^>]*>[\s\S]*?<\/script>/g, '');
    await context.close();
    bare.get('/', (_request, reply) => reply.type('text/html; charset=utf-8').send(html));
    const staticUrl = await bare.listen({ port: 0, host: '127.0.0.1' });
    const real = await timeToReady(browser, `${base}/cockpit`, cookie);
    const baseline = await timeToReady(browser, staticUrl);
    console.log(
      `Cockpit interactive in Chromium (demo plan, cold cache, median of ${ROUNDS}): ${real.toFixed(0)} ms` +
        ` | static page of the same content ${baseline.toFixed(0)} ms | ratio ×${(real / baseline).toFixed(1)}`,
    );
  } finally {
    await bare.close();
    await browser.close();
    await app.close();
    await store.destroy();
    rmSync(dir, { recursive: true, force: true });
  }
}

/** Prints the sizes, then the time to interactive (when Chromium is installed). */
export async function benchWeb(): Promise<void> {
  if (!existsSync(join(WEB, '.vite/manifest.json'))) {
    const { build } = await import('vite');
    await build({ configFile: 'vite.config.ts', logLevel: 'warn' });
  }
  sizes();
  if (existsSync(CHROMIUM)) await interactive();
  else console.log(`(no Chromium at ${CHROMIUM}: time to interactive not measured)`);
}

if (import.meta.url === `file://${process.argv[1]}`) await benchWeb();
