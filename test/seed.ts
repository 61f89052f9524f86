/** The reference table and its expected reading, from ../shared/seed (read-only, not shipped). */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';

export const SEED_DIR = resolve(process.cwd(), '../shared/seed');
export const SEED_TABLE = resolve(SEED_DIR, 'jiangmen-2020-jan-sep.txt');

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

export function readSeedTable(): string {
  return readFileSync(SEED_TABLE, 'utf8');
}

export function readTruth(): Truth {
  return JSON.parse(
    readFileSync(resolve(SEED_DIR, 'jiangmen-2020-jan-sep.truth.json'), 'utf8'),
  ) as Truth;
}
