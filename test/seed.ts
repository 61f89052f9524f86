/**
 * The reference table and its expected reading, from ../shared/seed (read-only, not shipped). A
 * clone without it skips the tests that need it (test/seed-setup.ts says so once); CI sets
 * MINSHENG_REQUIRE_SEED=1, and there its absence fails the run.
 */
import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe } from 'vitest';
import type { PlanReading } from '../src/core/model.ts';
import { readPlanText } from '../src/core/read-plan.ts';

export const SEED_DIR = resolve(process.cwd(), '../shared/seed');
export const SEED_TABLE = resolve(SEED_DIR, 'jiangmen-2020-jan-sep.txt');

/** Whether the reference table is here; throws where it must be (CI) and is not. */
export function hasSeed(): boolean {
  if (existsSync(SEED_TABLE)) return true;
  if (process.env.MINSHENG_REQUIRE_SEED === '1')
    throw new Error(`MINSHENG_REQUIRE_SEED=1 but the reference table is missing: ${SEED_TABLE}`);
  return false;
}

/** `describe`, skipped (with the reason in its title) when the reference table is absent. */
export const describeSeed = (title: string, body: () => void) =>
  hasSeed() ? describe(title, body) : describe.skip(`${title} (../shared/seed absent)`, body);

export interface TruthIndicator {
  what: string;
  target: number;
  unit: string;
  actual: number | null;
  optional?: boolean;
  ambiguous?: boolean;
}

export interface TruthItem {
  no: string;
  category: string | null;
  task_text: string;
  progress_text: string;
  lead_unit: string;
  leader: string;
  units: string[];
  persons: string[];
  status_label: string | null;
  indicators: TruthIndicator[];
}

export interface Truth {
  year: number;
  period_end_month: number;
  doc_title: string;
  items: TruthItem[];
}

/** The reference table's text; empty when absent (its tests are skipped then). */
export function readSeedTable(): string {
  return hasSeed() ? readFileSync(SEED_TABLE, 'utf8') : '';
}

export function readTruth(): Truth {
  if (!hasSeed()) return { year: 0, period_end_month: 0, doc_title: '', items: [] };
  return JSON.parse(
    readFileSync(resolve(SEED_DIR, 'jiangmen-2020-jan-sep.truth.json'), 'utf8'),
  ) as Truth;
}

/** The reference table as read; an empty reading where it is absent (its tests are skipped). */
export function readSeedReading(): PlanReading {
  if (hasSeed()) return readPlanText(readSeedTable());
  return {
    plan: { title: '', year: 0, declaredItemCount: null, period: null },
    categories: [],
    items: [],
    warnings: [],
  };
}
