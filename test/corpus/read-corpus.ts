/**
 * The corpus of whole documents written for the project in the layouts other places publish
 * (documents/NN-name.txt), each with its careful reading (NN-name.json), and the score of
 * Minsheng's reading against them. Used by corpus.test.ts and by `npm run bench`.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { TableError } from '../../src/core/errors.ts';
import type { PlanDocument } from '../../src/core/plan-document.ts';
import { buildPlanDocument, readPlanText } from '../../src/core/read-plan.ts';

/**
 * [target, unit, actual, printed percent]; a null target is an item judged by its percent;
 * "done" is a target said achieved in words ("3所幼儿园均已建成").
 */
export type ExpectedIndicator = [number | null, string, number | null | 'done', number?];

export interface ExpectedItem {
  /** A fragment of the task text that names the item. */
  task: string;
  no?: string;
  /** null: the item names no lead unit (and must not borrow one). */
  leadUnit?: string | null;
  leaders?: string[];
  responsibilities?: [string, string | null][];
  span?: [string, string];
  indicators: ExpectedIndicator[];
}

export interface Expected {
  layout: string;
  /** The code of the refusal when the document is not a progress report. */
  refused?: string;
  /** The period's end. */
  period?: string;
  /** Warning codes the reading must raise. */
  warnings?: string[];
  items: ExpectedItem[];
}

export interface CorpusDocument {
  name: string;
  text: string;
  expected: Expected;
}

const DIRECTORY = join(import.meta.dirname, 'documents');

export function loadCorpus(): CorpusDocument[] {
  return readdirSync(DIRECTORY)
    .filter((file) => file.endsWith('.txt'))
    .sort()
    .map((file) => {
      const name = file.replace(/\.txt$/, '');
      return {
        name,
        text: readFileSync(join(DIRECTORY, file), 'utf8'),
        expected: JSON.parse(readFileSync(join(DIRECTORY, `${name}.json`), 'utf8')) as Expected,
      };
    });
}

/** What one document's reading got right, counted so documents add up. */
export interface Tally {
  documents: number;
  /** Read as expected: items read, or refused with the expected code. */
  read: number;
  itemsExpected: number;
  itemsFound: number;
  /** Indicators with a numeric target (or a printed percent) Minsheng reported. */
  indicatorsReported: number;
  indicatorsExpected: number;
  indicatorsRight: number;
  actualsExpected: number;
  actualsRight: number;
  /** Figures read as actuals where the careful reader finds none. */
  falseActuals: number;
  noActualExpected: number;
  fieldsExpected: number;
  fieldsRight: number;
  /** What went wrong, for the test's message. */
  misses: string[];
}

export function emptyTally(): Tally {
  return {
    documents: 0,
    read: 0,
    itemsExpected: 0,
    itemsFound: 0,
    indicatorsReported: 0,
    indicatorsExpected: 0,
    indicatorsRight: 0,
    actualsExpected: 0,
    actualsRight: 0,
    falseActuals: 0,
    noActualExpected: 0,
    fieldsExpected: 0,
    fieldsRight: 0,
    misses: [],
  };
}

const near = (a: number | null | undefined, b: number | null | undefined) =>
  a !== null && a !== undefined && b !== null && b !== undefined && Math.abs(a - b) < 1e-6;

type FoundItem = PlanDocument['items'][number];
type FoundIndicator = FoundItem['indicators'][number];

/** Milestones are words, not figures: they are not scored here. */
const scored = (i: FoundIndicator) => i.kind !== 'milestone' || i.reportedPercent !== null;

export function readDocument(text: string): PlanDocument {
  return buildPlanDocument(readPlanText(text, { fallbackYear: 2023 }));
}

export function scoreDocument(doc: CorpusDocument, into: Tally = emptyTally()): Tally {
  const t = into;
  const miss = (what: string) => t.misses.push(`${doc.name}: ${what}`);
  const { expected } = doc;
  t.documents++;
  t.itemsExpected += expected.items.length;
  for (const item of expected.items) {
    t.indicatorsExpected += item.indicators.length;
    for (const ind of item.indicators) {
      if (ind[2] === null) t.noActualExpected++;
      else t.actualsExpected++;
    }
  }
  let read: PlanDocument;
  try {
    read = readDocument(doc.text);
  } catch (error) {
    if (expected.refused && error instanceof TableError && error.code === expected.refused) {
      t.read++;
      return t;
    }
    miss(`not read: ${(error as Error).message}`);
    return t;
  }
  if (expected.refused) {
    miss(`read ${read.items.length} items instead of refusing`);
    for (const item of read.items) t.indicatorsReported += item.indicators.filter(scored).length;
    return t;
  }
  t.read++;
  if (expected.period && read.plan.period?.end !== expected.period)
    miss(`period ${read.plan.period?.end} ≠ ${expected.period}`);
  for (const code of expected.warnings ?? []) {
    t.fieldsExpected++;
    if (read.warnings.some((w) => w.code === code)) t.fieldsRight++;
    else miss(`no warning ${code}`);
  }
  for (const item of read.items) t.indicatorsReported += item.indicators.filter(scored).length;
  const used = new Set<FoundItem>();
  for (const want of expected.items) {
    const found = read.items.find((i) => !used.has(i) && i.task.includes(want.task));
    if (!found) {
      miss(`item “${want.task}” not found`);
      continue;
    }
    used.add(found);
    t.itemsFound++;
    scoreFields(want, found, t, miss);
    scoreIndicators(want, found, t, miss);
  }
  return t;
}

function scoreFields(
  want: ExpectedItem,
  found: FoundItem,
  t: Tally,
  miss: (what: string) => void,
): void {
  const check = (name: string, ok: boolean, shown: unknown) => {
    t.fieldsExpected++;
    if (ok) t.fieldsRight++;
    else miss(`“${want.task}” ${name}: ${JSON.stringify(shown)}`);
  };
  if (want.no !== undefined) check('no', found.no === want.no, found.no);
  if (want.leadUnit !== undefined)
    check('leadUnit', found.leadUnit === want.leadUnit, found.leadUnit);
  if (want.leaders !== undefined)
    check('leaders', found.leaders.join() === want.leaders.join(), found.leaders);
  if (want.responsibilities !== undefined) {
    const pairs = found.responsibilities.map((r) => [r.unit, r.person]);
    check(
      'responsibilities',
      JSON.stringify(pairs) === JSON.stringify(want.responsibilities),
      pairs,
    );
  }
  if (want.span !== undefined)
    check('span', found.start === want.span[0] && found.deadline === want.span[1], [
      found.start,
      found.deadline,
    ]);
}

function scoreIndicators(
  want: ExpectedItem,
  found: FoundItem,
  t: Tally,
  miss: (what: string) => void,
): void {
  const left = found.indicators.filter(scored);
  for (const [target, unit, actual, percent] of want.indicators) {
    const at = left.findIndex(
      (i) => (target === null ? i.target === null : near(i.target, target)) && i.unit === unit,
    );
    if (at < 0) {
      miss(`“${want.task}” indicator ${target}${unit} not read`);
      continue;
    }
    const ind = left.splice(at, 1)[0] as FoundIndicator;
    t.indicatorsRight++;
    if (actual === 'done') {
      if (ind.achieved === true || near(ind.actual, target)) t.actualsRight++;
      else miss(`“${want.task}” ${target}${unit}: not read as achieved`);
    } else if (actual === null) {
      if (ind.actual !== null) {
        t.falseActuals++;
        miss(`“${want.task}” ${target}${unit}: read ${ind.actual} as achieved`);
      }
    } else if (near(ind.actual, actual)) t.actualsRight++;
    else miss(`“${want.task}” ${target}${unit}: actual ${ind.actual} ≠ ${actual}`);
    if (percent !== undefined) {
      t.fieldsExpected++;
      if (near(ind.reportedPercent, percent)) t.fieldsRight++;
      else miss(`“${want.task}” ${target}${unit}: printed ${ind.reportedPercent}% ≠ ${percent}%`);
    }
  }
}

export interface Summary {
  documents: number;
  read: number;
  items: [number, number];
  precision: number;
  recall: number;
  f1: number;
  actuals: [number, number];
  falseActuals: [number, number];
  fields: [number, number];
}

export function summarise(t: Tally): Summary {
  const precision = t.indicatorsReported ? t.indicatorsRight / t.indicatorsReported : 0;
  const recall = t.indicatorsExpected ? t.indicatorsRight / t.indicatorsExpected : 0;
  return {
    documents: t.documents,
    read: t.read,
    items: [t.itemsFound, t.itemsExpected],
    precision,
    recall,
    f1: precision + recall ? (2 * precision * recall) / (precision + recall) : 0,
    actuals: [t.actualsRight, t.actualsExpected],
    falseActuals: [t.falseActuals, t.noActualExpected],
    fields: [t.fieldsRight, t.fieldsExpected],
  };
}

const pct = (x: number) => `${(x * 100).toFixed(1)}%`;

export function summaryLine(s: Summary): string {
  return [
    `documents read ${s.read}/${s.documents}`,
    `items found ${s.items[0]}/${s.items[1]}`,
    `indicators P ${pct(s.precision)} R ${pct(s.recall)} F1 ${pct(s.f1)}`,
    `actuals right ${s.actuals[0]}/${s.actuals[1]}`,
    `false actuals ${s.falseActuals[0]}/${s.falseActuals[1]}`,
    `units, people, periods, warnings ${s.fields[0]}/${s.fields[1]}`,
  ].join(' · ');
}
