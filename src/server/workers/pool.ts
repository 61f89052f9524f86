/**
 * A small pool of worker threads (piscina) for heavy work: reading uploads and rendering
 * documents. The event loop only waits for their answers, so a 20,000-row import or eight large
 * downloads at once leave every other request answering. Threads: one per core beyond the
 * first, at least one, at most four (`MINSHENG_WORKERS` overrides); idle threads exit.
 */
import { availableParallelism } from 'node:os';
import { Piscina } from 'piscina';
import type { PlanReading } from '../../core/model.ts';
import type { PlanDocument } from '../../core/plan-document.ts';
import type { ExportFormat } from '../../documents/export/render-plan.ts';
import type { ExportOptions } from '../../documents/export/summary-table.ts';
import { AppError } from '../errors.ts';
import type { HeavyResult, HeavyTask } from './heavy.worker.ts';

const threads = (): number =>
  Number(process.env.MINSHENG_WORKERS) || Math.min(4, Math.max(1, availableParallelism() - 1));

let pool: Piscina<HeavyTask, HeavyResult> | null = null;

// From source the worker is TypeScript, loaded through tsx; the build bundles it beside main.js.
const BUNDLED = import.meta.url.endsWith('.js');

function workers(): Piscina<HeavyTask, HeavyResult> {
  pool ??= new Piscina({
    filename: new URL(BUNDLED ? './heavy.worker.js' : './heavy.worker.ts', import.meta.url).href,
    minThreads: 0,
    maxThreads: threads(),
    idleTimeout: 30_000,
    execArgv: BUNDLED ? [] : ['--import', 'tsx'],
  });
  return pool;
}

async function runTask(task: HeavyTask, transfer?: ArrayBuffer[]): Promise<HeavyResult> {
  const result = await workers().run(task, transfer ? { transferList: transfer } : {});
  if (result.kind === 'refused') throw new AppError(result.refused.code, result.refused);
  return result;
}

/** Reads and judges an uploaded table off the event loop. */
export async function readUploadInWorker(
  bytes: Buffer,
): Promise<{ reading: PlanReading; doc: PlanDocument }> {
  const result = await runTask({ kind: 'read', bytes: new Uint8Array(bytes) });
  if (result.kind !== 'read') throw new Error(`unexpected ${result.kind}`);
  return result;
}

/** Renders the summary table in `format` off the event loop. */
export async function renderInWorker(
  doc: PlanDocument,
  format: ExportFormat,
  options: ExportOptions,
): Promise<Buffer> {
  const result = await runTask({ kind: 'render', doc, format, options });
  if (result.kind !== 'render') throw new Error(`unexpected ${result.kind}`);
  return Buffer.from(result.bytes.buffer, result.bytes.byteOffset, result.bytes.byteLength);
}

/** Ends the worker threads (tests, shutdown). */
export async function closeWorkers(): Promise<void> {
  const closing = pool;
  pool = null;
  await closing?.destroy();
}
