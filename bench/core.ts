/** Import + indicator extraction + assessment of a whole table, against splitting it into lines. */
import { buildPlanDocument, readPlanText } from '../src/core/read-plan.ts';
import { generateTable } from './generate-table.ts';
import { median, time } from './timing.ts';

function measure(name: string, text: string, rounds: number): void {
  const baseline = median(time(() => text.split(/\r\n|\r|\n/).length, rounds * 3));
  let items = 0;
  const full = median(
    time(() => {
      items = buildPlanDocument(readPlanText(text)).items.length;
    }, rounds),
  );
  const perSecond = Math.round(items / (full / 1000));
  console.log(
    `${name.padEnd(28)} ${String(items).padStart(5)} items  ${full.toFixed(1).padStart(8)} ms  ` +
      `${String(perSecond).padStart(7)} items/s  ×${(full / baseline).toFixed(0)} baseline (split lines ${baseline.toFixed(3)} ms)`,
  );
}

export function benchCore(seed: string | null): void {
  console.log('Core: read + extract + assess (median of runs)');
  if (seed) measure('reference table (21 items)', seed, 30);
  measure('generated (2,000 items)', generateTable(2000), 7);
  measure('generated (10,000 items)', generateTable(10000), 3);
  console.log('');
}
