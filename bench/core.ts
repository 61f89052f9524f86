/**
 * Reading a table: import + indicator extraction + assessment of a whole table, against two
 * baselines on the same rows, timed round by round in the same run:
 * - split lines: `text.split` of the same text, the floor of touching every byte once. Not
 *   comparable work; it only shows the cost is linear and not dominated by I/O-like overhead.
 * - csv-parse: a general-purpose CSV library (csv-parse, sync) reading the same rows, exported
 *   as CSV, into cells. This is the meaningful baseline: the ratio is what understanding the
 *   cells (categories, units and persons, indicators, figures, assessment) costs over only
 *   getting the cells out.
 */
import { parse } from 'csv-parse/sync';
import { buildPlanDocument, readPlanText } from '../src/core/read-plan.ts';
import { exportCsv } from '../src/documents/export/csv.ts';
import { generateTable } from './generate-table.ts';
import { formatMs, formatRatio, versus } from './timing.ts';

function measure(name: string, text: string, rounds: number): void {
  let items = 0;
  const read = () => {
    items = buildPlanDocument(readPlanText(text)).items.length;
  };
  const csv = exportCsv(buildPlanDocument(readPlanText(text))).toString('utf8');
  const result = versus(
    read,
    {
      split: () => text.split(/\r\n|\r|\n/).length,
      csv: () => parse(csv, { bom: true, relax_column_count: true }).length,
    },
    rounds,
  );
  const perSecond = Math.round(items / (result.subject.median / 1000));
  const { split, csv: csvRatio } = result.ratios;
  const csvMs = result.baselines.csv;
  console.log(
    `${name} · ${items} items: ${formatMs(result.subject)}, ${perSecond} items/s\n` +
      `    ${split ? formatRatio(split) : '—'} split lines (floor)   ` +
      `${csvRatio ? formatRatio(csvRatio) : '—'} csv-parse of the same rows (${csvMs ? csvMs.median.toFixed(2) : '—'} ms)`,
  );
}

export function benchCore(seed: string | null): void {
  console.log('Core: read + extract + assess a table (ratios: our time ÷ baseline, per round)');
  if (seed) measure('reference table (21 items)', seed, 30);
  measure('generated (2,000 items)', generateTable(2000), 9);
  measure('generated (10,000 items)', generateTable(10000), 5);
  console.log('');
}
