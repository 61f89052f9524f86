/**
 * Demo data for a first start: the project's fictional sample plan in two periods (1-6月 and
 * 1-9月), reports published so the public pages show something and item history has two points.
 */
import { readFile } from 'node:fs/promises';
import { readPlanText } from '../../core/read-plan.ts';
import type { Db } from '../db/database.ts';
import { fromRoot } from '../package-root.ts';
import { SYSTEM } from '../policies/actor.ts';
import { listPlans } from '../repositories/plan.repository.ts';
import { importReading } from '../services/import.service.ts';

const SAMPLES = ['shiyi-2024-jan-jun.txt', 'shiyi-2024-jan-sep.txt'].map((name) =>
  fromRoot('samples', name),
);

/** Loads the samples when the database holds no plan; returns whether it did. */
export async function loadDemoIfEmpty(store: Db): Promise<boolean> {
  if ((await listPlans(store.db)).length > 0) return false;
  for (const path of SAMPLES) {
    const reading = readPlanText(await readFile(path, 'utf8'));
    await importReading(store.db, reading, { actor: SYSTEM, state: 'published' });
  }
  return true;
}
