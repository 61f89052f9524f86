/**
 * Office documents: export of a generated 2,000-item plan to .docx and .xlsx and import back,
 * each run several times: median and spread of the time, peak resident memory, and the ratio to
 * serialising the same plan as JSON (what writing it out costs at the least).
 */
import { buildPlanDocument, readPlan, readPlanText } from '../src/core/read-plan.ts';
import { renderPlan } from '../src/documents/export/render-plan.ts';
import { importGrid } from '../src/documents/import/import-grid.ts';
import { generateTable } from './generate-table.ts';
import { formatMs, formatRatio, median, spread, time } from './timing.ts';

const RUNS = 3;

/**
 * Runs `fn` RUNS times; prints the median and spread, the ratio to JSON.stringify of the same
 * plan (the cheapest way to write it out at all), and the peak resident memory over the runs.
 */
async function measure(
  name: string,
  fn: () => Promise<unknown>,
  baselineMs: number,
): Promise<void> {
  const before = process.memoryUsage().rss;
  let peak = before;
  const sampler = setInterval(() => {
    peak = Math.max(peak, process.memoryUsage().rss);
  }, 5);
  const times: number[] = [];
  for (let run = 0; run < RUNS; run++) {
    const start = process.hrtime.bigint();
    await fn();
    times.push(Number(process.hrtime.bigint() - start) / 1e6);
  }
  clearInterval(sampler);
  peak = Math.max(peak, process.memoryUsage().rss);
  const s = spread(times);
  console.log(
    `${name.padEnd(24)} ${formatMs(s)}  ${formatRatio(spread(times.map((t) => t / baselineMs)))} JSON.stringify  peak RSS ${(peak / 2 ** 20).toFixed(0)} MB (+${((peak - before) / 2 ** 20).toFixed(0)})`,
  );
}

export async function benchDocuments(): Promise<void> {
  const doc = buildPlanDocument(readPlanText(generateTable(2000)));
  const baseline = median(time(() => JSON.stringify(doc), 9));
  console.log(`Documents: 2,000-item plan (baseline JSON.stringify ${baseline.toFixed(1)} ms)`);
  const docx = await renderPlan(doc, 'docx');
  const xlsx = await renderPlan(doc, 'xlsx');
  await measure('export .docx', () => renderPlan(doc, 'docx'), baseline);
  await measure('export .xlsx', () => renderPlan(doc, 'xlsx'), baseline);
  await measure('import .docx (to plan)', async () => readPlan(await importGrid(docx)), baseline);
  await measure('import .xlsx (to plan)', async () => readPlan(await importGrid(xlsx)), baseline);
  console.log(
    `  sizes: .docx ${(docx.length / 1024).toFixed(0)} KB, .xlsx ${(xlsx.length / 1024).toFixed(0)} KB\n`,
  );
}
